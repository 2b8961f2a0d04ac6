// make_: made slices returned or stored globally escape regardless of size.
package main

var buf []byte

func ret(n int) []int {
	return make([]int, n)
}

func retConst() []int {
	return make([]int, 3)
}

func global() {
	buf = make([]byte, 128)
}

func main() {}
