// go_: go statements with value, slice and string arguments (evaluated
// immediately and captured by the wrapper).
package main

func consume(xs []int, s string, n int) {}

func spawn(xs []int, s string) {
	go consume(xs, s, 1)
}

func spawnLit() {
	go consume([]int{1, 2}, "lit", 3)
}

func main() {}
