// ptr_: chained new() allocations stored into each other.
package main

func chain() **int {
	p := new(*int)
	*p = new(int)
	return p
}

func chainLocal() int {
	p := new(*int)
	*p = new(int)
	return **p
}

func main() {}
