// strconv: Itoa, Atoi (with errors), ParseInt bases, FormatInt, Quote, ParseBool.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	v, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err, strconv.Quote("hi\n\"x\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("é"))
}
