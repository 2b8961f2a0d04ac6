package main

func main() {
	x := const 1
	_ = x
}
