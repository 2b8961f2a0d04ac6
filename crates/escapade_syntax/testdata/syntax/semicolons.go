package main

func main() { x := 1; y := 2; _ = x + y }

func one() int { return 1 }

type T struct{ a int; b string }

var v = []int{1, 2, 3,
	4,
}
