// Covers: strconv.Atoi/Itoa, ParseInt with bases and bit sizes, ParseFloat, ParseBool, Format*, Quote, error types.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, errors.Is(err, strconv.ErrSyntax))
	h, _ := strconv.ParseInt("ff", 16, 64)
	b, _ := strconv.ParseInt("-101", 2, 8)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(h, b, errors.Is(err, strconv.ErrRange))
	u, _ := strconv.ParseUint("42", 10, 32)
	f, _ := strconv.ParseFloat("3.25", 64)
	t, _ := strconv.ParseBool("true")
	fmt.Println(u, f, t)
	fmt.Println(strconv.Itoa(-9), strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	bs := strconv.AppendInt([]byte("n="), 77, 10)
	fmt.Println(string(bs))
}
