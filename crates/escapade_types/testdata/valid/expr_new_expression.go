// Covers: new with a type and (Go 1.26+) new with an expression operand, pointer-to-literal helpers.
package main

import "fmt"

type Options struct {
	Retries *int
	Name    *string
}

func main() {
	x := 5
	p := new(x) // *int pointing to a copy of x
	*p += 1
	fmt.Println(x, *p)
	opts := Options{Retries: new(3), Name: new("default")}
	fmt.Println(*opts.Retries, *opts.Name)
	q := new(int)
	fmt.Println(*q)
	f := new(2.5 * 2)
	fmt.Printf("%T %v\n", f, *f)
}
