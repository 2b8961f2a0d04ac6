package main

func main() {
	p := new(1 +
	_ = p
}
