// strings split/func helpers, slices and sort helpers, strconv.Append*, utf8 on bytes,
// math.Pow with integer exponents, Hypot and Duration methods, as Go computes them.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %d\n", strings.SplitN("a,b", ",", 0), len(strings.SplitN("a,b", ",", 0)))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q %q\n", strings.Split("héllo", ""), strings.SplitN("abc", "", 2))
	parts := strings.Split("x y z", " ")
	fmt.Println(len(parts), cap(parts))
	pn := strings.SplitN("a,b", ",", 5)
	fmt.Println(len(pn), cap(pn))
	trim := func(r rune) bool { return r == '*' || unicode.IsDigit(r) }
	fmt.Println(strings.TrimFunc("**12ab3*", trim), strings.TrimLeftFunc("1a1", trim), strings.TrimRightFunc("1a1", trim))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("1abc1x", unicode.IsDigit), strings.ContainsFunc("abc", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("  a,b;;c  ", func(r rune) bool { return r == ',' || r == ';' || r == ' ' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"), strings.EqualFold("GoLang", "golang"))
	s := []int{1, 2, 3, 4, 5}
	c := slices.Clone(s)
	fmt.Println(c, len(c), cap(c), slices.Clone([]int(nil)) == nil)
	g := slices.Grow([]int{1, 2, 3}, 10)
	fmt.Println(len(g), cap(g))
	d := slices.Delete([]string{"a", "b", "c", "d"}, 1, 3)
	fmt.Println(d, len(d), cap(d))
	ins := slices.Insert([]int{1, 2}, 1, 9, 8, 7)
	fmt.Println(ins, len(ins), cap(ins))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 3 }))
	i, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, found)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	b := strconv.AppendInt(append(make([]byte, 0, 8), "n="...), -42, 10)
	b = strconv.AppendQuote(b, "hi\n")
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b), len(b), cap(b))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf, n, utf8.RuneCount([]byte("héllo")), utf8.AppendRune(nil, 'é'))
	fmt.Println(math.Pow(2, 10), math.Pow(10, -3), math.Pow(1.1, 7), math.Pow(-2, 3), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Pow(3.7, 25), math.Pow(1e10, 40), math.Pow(2, -1074), math.Pow(2, 0.5))
	fmt.Println(math.Hypot(3, 4), math.Hypot(1e300, 1e300), cmplx.Abs(1+1i), math.RoundToEven(2.5), math.RoundToEven(-3.5))
	d1 := 90*time.Minute + 1500*time.Millisecond
	fmt.Println(d1, d1.Hours(), d1.Minutes(), d1.Seconds(), time.Duration(999), -time.Duration(1234567))
}
