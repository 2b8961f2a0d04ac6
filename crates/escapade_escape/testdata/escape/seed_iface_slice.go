// seed_: []interface{} collecting mixed values versus []int.
package main

func mixed(n int, s string) []interface{} {
	return []interface{}{n, s, nil}
}

func ints(n int) []int {
	return []int{n, n + 1}
}

func mixedLen(n int) int {
	xs := []interface{}{n, n * 2}
	return len(xs)
}

func main() {
	_ = mixed(1, "a")
	_ = ints(2)
	_ = mixedLen(3)
}
