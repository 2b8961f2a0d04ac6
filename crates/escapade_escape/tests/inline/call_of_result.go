package main

var keep func(int) int

func pick(f func(int) int) func(int) int { return f }

func leak(f func(int) int) func(int) int {
	keep = f
	return f
}

func main() {
	k := 3
	pick(func(x int) int { return x + k })(1)
	leak(func(x int) int { return x * k })(2)
	y := 4
	_ = pick(func(x int) int { return x - y })(5)
}
