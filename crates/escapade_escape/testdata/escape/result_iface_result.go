// result_: returning interface values built from parameters and locals.
package main

func asAny(p *int) any { return p }

func boxed(n int) any { return n }

func boxedLocal() any {
	s := []int{1}
	return s
}

func main() {}
