package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	func() {
		defer func() { recover() }()
	}()
	apply := func(f func(int) int, x int) int { return f(x) }
	_ = apply(func(x int) int { return x + 1 }, 2)
	var g func(...int) (int, error)
	_ = g
}
