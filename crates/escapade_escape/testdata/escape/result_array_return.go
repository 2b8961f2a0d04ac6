// result_: arrays returned by value containing pointers.
package main

func arr(a, b *int) [2]*int { return [2]*int{a, b} }

func arrLocal() [2]*int {
	x, y := 1, 2
	return [2]*int{&x, &y}
}

func main() {}
