package main

func main() {
	a := [1, 2, 3]
	_ = a
}
