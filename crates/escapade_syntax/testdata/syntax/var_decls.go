package main

var x int

var y = 2

var z, w float64 = 1.5, 2.5

var (
	p    *int
	q, r = "q", 'r'
	s    []string
)

func main() {
	var local int
	var (
		u = 1
		v string
	)
	_, _, _ = local, u, v
}
