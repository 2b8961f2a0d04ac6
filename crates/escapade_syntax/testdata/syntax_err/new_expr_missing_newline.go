package main

func main() {
	p := new(3) q := 1
	_ = p
}
