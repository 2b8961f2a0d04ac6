package main

func main() {
	p := new(if)
	_ = p
}
