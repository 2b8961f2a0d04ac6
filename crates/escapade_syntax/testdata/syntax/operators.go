package main

func main() {
	a, b := 7, 3
	_ = a + b*2 - a/b%2
	_ = a<<2 | b>>1 ^ a&b &^ 1
	_ = a == b || a != b && a < b
	_ = a <= b == (a >= b)
	_ = a > b
	_ = -a + +b
	_ = ^a
	_ = !(a > b)
	p := &a
	_ = *p * *p
	_ = (a + b) * (a - b)
	_ = a + b + a + b
	_ = a * b / a
	t := true
	_ = !t && t || !!t
	var c chan int
	_ = <-c + 1
}
