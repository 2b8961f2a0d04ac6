// recursion_: a three-function cycle with a pointer passed around.
package main

var g *string

func a(n int, s *string) {
	if n > 0 {
		b(n-1, s)
	}
}

func b(n int, s *string) {
	if n > 0 {
		c(n-1, s)
	}
}

func c(n int, s *string) {
	if n == 0 {
		g = s
		return
	}
	a(n-1, s)
}

func main() {}
