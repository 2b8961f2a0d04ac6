// Inline body texts at -m=2: statements, operators and conversions as gc prints them.
package main

type point struct{ x, y int }

func (p *point) move(dx int) { p.x += dx }

func (p point) sum() int { return p.x + p.y }

type shape interface{ area() int }

var sink any

func prec(a, b, c int) int { return (a + b) * c - -a }

func logic(a, b, c bool) bool { return a && (b || c) && !a }

func shifts(x uint, n uint) uint { return x<<n | x>>1&^3 }

func strs(a, b string) bool { return a+b+"x" == b }

func deref(p **int) int { return **p + *(*p) }

func recv(ch chan *int) int { return *<-ch }

func send(ch chan func(), f func()) { ch <- f }

func conv(x int64, s string, b []byte) (int, []byte, string, any) {
	return int(x), []byte(s), string(b), any(x)
}

func commaOK(m map[string]int, i any, ch chan int) int {
	v, ok := m["k"]
	s, ok2 := i.(string)
	w, ok3 := <-ch
	_ = s
	if ok && ok2 && ok3 {
		return v + w
	}
	return 0
}

func ifs(x int) int {
	if x > 0 {
		x--
	} else if x < -10 {
		x = -x
	} else {
		x = 0
	}
	return x
}

func loops(xs []int) (n int) {
	for i := range xs {
		n += xs[i]
	}
	for n > 100 {
		n /= 2
	}
	switch {
	case n > 10:
		n = 10
	}
	return
}

func labels(xs []int) int {
	n := 0
outer:
	for _, x := range xs {
		if x < 0 {
			break outer
		}
		n++
	}
	return n
}

func methods(p *point, v point, s shape) int {
	p.move(1)
	return v.sum() + s.area()
}

func lits() (*point, []int, map[string]int, [2]int) {
	return &point{x: 1}, []int{1, 2}, map[string]int{}, [2]int{}
}

func builtins(xs []int, m map[int]int) int {
	xs = append(xs, len(xs), cap(xs))
	delete(m, 1)
	copy(xs, xs[1:])
	return min(len(xs), 3) + max(1, 2)
}

func slices(a [4]int, s []int, str string) ([]int, []int, string) {
	return a[1:3], s[:2:3], str[1:]
}

func vars() int {
	var a int
	var b = 2
	var c, d int
	c, d = d, c
	a += b
	return a + c + d
}

func closures(k int) int {
	f := func(x int) int { return x + k }
	return f(1)
}

func consts() (float64, rune, byte, string, uint8) {
	const big = 1 << 10
	return 1.5, 'x', 'y', "s", big >> 3
}

func main() {}
