// Covers: fmt %x %X %b of float32/float64/complex with flags, width and precision;
// strconv.FormatFloat 'x'/'X'/'b', FormatComplex and ParseComplex (values and error texts);
// %q and %c of runes with 0, #, + and width; bad verbs with + and # flags on numbers;
// zero padding of %q/%x/%s of strings and byte slices, %#s; strconv/unicode.IsPrint.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode"
)

type celsius float64

type level int

func main() {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 3, 1e10, 1e-10, math.Pi,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 255.9375}
	dirs := []string{"%x", "%X", "%b", "%.2x", "%#x", "%#X", "%+x", "% x", "%12.3x", "%-12.1X|",
		"%012x", "%#.0x", "%.15x", "%#b", "%+b"}
	for i, f := range floats {
		d := dirs[i%len(dirs)]
		e := dirs[(i*7+2)%len(dirs)]
		fmt.Printf("%s -> "+d+" | %s -> "+e+"\n", d, f, e, float32(f))
		fmt.Println(strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 3, 32),
			strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'b', 2, 32))
	}
	cs := []complex128{0, 1 + 2i, complex(math.Inf(1), -0.5), complex(math.NaN(), 1e-3)}
	for i, c := range cs {
		fmt.Printf("%x %X %.1x %+b %#x %10.2x\n", c, c, c, complex64(c), c, complex64(c))
		f := []byte("xXbgef")[i]
		fmt.Println(strconv.FormatComplex(c, f, -1, 128), strconv.FormatComplex(c, 'f', 2, 64))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(2, 'v', 1, 32),
		strconv.FormatComplex(1+2i, 'q', 2, 128), strconv.FormatComplex(-1-2i, 'F', 2, 64))
	for _, in := range []string{"1+2i", "(3-4.5i)", "2i", "-7", "NaN+Infi", "1e400+1i", "1+2",
		"i", "1+2i)", "0x1p-2-0x1p3i", "1__0i", "+NaNi", "", "(1e-400-1e500i)"} {
		c, err := strconv.ParseComplex(in, 128)
		c64, err64 := strconv.ParseComplex(in, 64)
		fmt.Println(c, err, "|", c64, err64)
	}
	for _, r := range []rune{'a', '\'', '\n', 'é', 0x1F600, 0x7f, 0xD800, -1, 0x10FFFF, 0x2028, 0xAD, 'ǅ'} {
		fmt.Printf("%q|%+q|%#q|%05q|%-6q|%+08q|%04c|%-3c|\n", r, r, r, r, r, r, r, r)
	}
	var b byte = 'z'
	fmt.Printf("%q %05q %x\n", b, b, fmt.Sprintf("%q", "\u00ad\u0378x"))
	fmt.Printf("%+z %#z %+#z %+5z %-+6z| %#08z\n", 5, 5, -5, 7, 7, uint8(9))
	fmt.Printf("%+z %#z %#.2z %+08.1z\n", 1.5, 1.5, 2.0, -0.25)
	fmt.Printf("%+z %#z\n", 1+2i, complex64(3-1i))
	fmt.Printf("%+z %#z %+z %#z\n", level(3), celsius(21.5), "s", true)
	fmt.Printf("%+s %#d %+t\n", 42, 3.5, 7)
	e1, e2 := errors.New("boom"), fmt.Errorf("n=%d", 4)
	fmt.Printf("%d|%#v|%5d|%+x|%-8q|%#v|%.2s|%+z|%#t|%08d\n", e1, e1, e1, e1, e2, e2, e2, e2, e1, e2)
	fmt.Printf("%+z %#z %-+8z| %#d %+x\n", (*int)(nil), (chan int)(nil), (func())(nil), (*bool)(nil), (*string)(nil))
	for _, s := range []string{"ab", "é\x00", "a`b", ""} {
		fmt.Printf("[%08q][%-08q][%08x][%08X][% 08x][%#08x][%012q][%#010q][%08s][%#s][%#5s][%#q][%06.1q]\n",
			s, s, s, s, s, s, s, s, s, s, s, s, s)
		b := []byte(s)
		fmt.Printf("[%08q][%08x][%08s][%#-9q]\n", b, b, b, b)
	}
	fmt.Printf("[%+z][%#z][%+z]\n", []int{1, -2}, struct{ A int }{3}, &struct{ A float64 }{1.5})
	for _, r := range []rune{' ', '\t', 'a', 0xa0, 0xad, 0x378, 0x2028, 0xe000, 0x1F600, 0x10FFFF, -5, 0x110000} {
		fmt.Print(strconv.IsPrint(r), unicode.IsPrint(r), " ")
	}
	fmt.Println()
}
