// addr_: shadowed variables with the same name are distinct locations; only
// the inner one escapes.
package main

var sink *int

func shadow(c bool) int {
	x := 1
	if c {
		x := 2
		sink = &x
	}
	return x
}

func shadowParam(x int) {
	{
		x := x + 1
		sink = &x
	}
}

func main() {}
