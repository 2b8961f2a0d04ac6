package main

import "fmt"

func f(args ...any) {}

func main() {
	f()
	f(1)
	f(1, "a", nil)
	xs := []any{1, 2}
	f(xs...)
	fmt.Println(
		1,
		2,
	)
	_ = make([]int, 3, 10)
	_ = make(map[string]int)
	_ = new(int)
	_ = len("abc")
	_ = append([]int{}, 1, 2)
	_ = append([]byte("a"), "bc"...)
	func() {}()
	defer f()
	_ = min(1, 2, 3)
	_ = max(1.5, 2)
	clear(map[int]int{})
}
