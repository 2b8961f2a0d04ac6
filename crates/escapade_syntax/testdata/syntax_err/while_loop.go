package main

func main() {
	x := 0
	while x < 3 {
		x++
	}
}
