// defer_: deferred calls with slice, string and interface arguments.
package main

func logAll(xs []int, msg string, v any) {}

func work(xs []int, n int) {
	defer logAll(xs, "done", n)
}

func workLit() {
	defer logAll([]int{1, 2}, "lit", nil)
}

func main() {}
