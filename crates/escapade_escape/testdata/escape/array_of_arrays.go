// array_: multi-dimensional arrays of pointers.
package main

func grid() [2][2]*int {
	a, b := 1, 2
	var g [2][2]*int
	g[0][0] = &a
	g[1][1] = &b
	return g
}

func gridLocal() int {
	a := 1
	var g [2][2]*int
	g[0][1] = &a
	return *g[0][1]
}

func main() {}
