// More strings, unicode/utf8, math, cmp and sort functions: rune and byte search, cutset
// trimming, replacement, decoding, float special cases (NaN, infinities, signed zeros).
package main

import (
	"cmp"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, wörld"
	fmt.Println(strings.IndexByte(s, 'o'), strings.IndexRune(s, 'ö'), strings.IndexRune(s, 'z'))
	fmt.Println(strings.ContainsRune(s, 'é'), strings.ContainsAny(s, "xyz"), strings.IndexAny(s, "wr"))
	fmt.Printf("%q %q %q\n", strings.Trim("--==hi==--", "-="), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.ReplaceAll("a-b-c-d", "-", "+"), strings.Replace("a-b-c-d", "-", "", 2))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString("abç")
	fmt.Println(r, size, utf8.RuneLen('ç'), utf8.RuneLen('€'), utf8.ValidString("ok\xff"))

	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(-inf, 1), math.IsInf(-inf, 0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(nan, 1), math.Max(inf, nan), math.Min(-inf, nan))
	fmt.Println(math.Max(0, math.Copysign(0, -1)), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(-0.4), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	fmt.Println(cmp.Or(0, 0, 5, 7), cmp.Or("", "default"), cmp.Or(0, 0))
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(xs, 5), sort.SearchInts(xs, 6), sort.SearchInts(xs, 100))
	fmt.Println(sort.IntsAreSorted(xs), sort.IntsAreSorted([]int{2, 1}))
}
