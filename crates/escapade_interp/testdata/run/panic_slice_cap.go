// uncaught: slice bounds beyond capacity ([:7] with capacity 5).
package main

func main() {
	s := make([]int, 3, 5)
	j := 7
	_ = s[:j]
}
