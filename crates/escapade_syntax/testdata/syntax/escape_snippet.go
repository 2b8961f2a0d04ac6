package main

type point struct{ x, y int }

//go:noinline
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func sum(xs []int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	p := newPoint(1, 2)
	buf := make([]byte, 0, 64)
	buf = append(buf, "x"...)
	m := map[int]*point{1: p}
	go func() { _ = m }()
	_ = sum([]int{1, 2, 3})
	var i interface{} = p.x
	_ = i
}
