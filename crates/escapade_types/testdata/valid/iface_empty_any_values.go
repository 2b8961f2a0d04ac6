// Covers: any/interface{} holding different dynamic types, %T, comparisons of interface values, interface holding nil pointer.
package main

import "fmt"

type T struct{}

func (*T) String() string { return "T" }

func main() {
	values := []any{42, "str", 3.5, true, []int{1}, map[string]int{}, struct{}{}, nil}
	for _, v := range values {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
	var p *T
	var s fmt.Stringer = p
	fmt.Println(p == nil, s == nil, s != nil) // interface holding a typed nil is not nil
	var a, b any = 1, 1
	fmt.Println(a == b, a == any(1.0))
}
