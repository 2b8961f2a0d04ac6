// range_: range over an integer (Go 1.22) with the address of the loop
// variable taken.
package main

var ptrs []*int

func overInt(n int) {
	for i := range n {
		ptrs = append(ptrs, &i)
	}
}

func sumInt(n int) int {
	t := 0
	for i := range n {
		t += i
	}
	return t
}

func main() {}
