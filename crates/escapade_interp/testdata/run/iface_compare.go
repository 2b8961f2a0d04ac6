// comparing interface values: same dynamic type and value; different types are unequal.
package main

import "fmt"

type Name string

func main() {
	var a, b any = 3, 3
	var c any = int64(3)
	var d any = Name("x")
	var e any = "x"
	fmt.Println(a == b, a == c, d == e, d == any(Name("x")))
	var nilAny any
	fmt.Println(nilAny == nil, a != nil)
	errs := []error{nil, fmt.Errorf("e")}
	fmt.Println(errs[0] == nil, errs[1] != nil)
}
