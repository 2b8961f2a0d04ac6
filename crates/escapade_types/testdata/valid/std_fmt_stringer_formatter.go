// Covers: fmt.Formatter and fmt.GoStringer implementations, %+v and %#v dispatch, fmt.Sprint spacing rules.
package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%g, Y:%g}", v.X, v.Y)
			return
		}
		fmt.Fprintf(f, "(%g, %g)", v.X, v.Y)
	case 's':
		fmt.Fprint(f, strings.Repeat("*", int(v.X)))
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }

func main() {
	v := Vec{1, 2}
	fmt.Printf("%v|%+v|%s|%d\n", v, v, Vec{3, 0}, v)
	fmt.Printf("%#v\n", Secret("hunter2"))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprint(1, 2), fmt.Sprintln("x", 3))
}
