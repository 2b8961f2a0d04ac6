// result_: calls whose results are discarded or used only as values.
package main

func alloc() *int { return new(int) }

func useValue() int {
	return *alloc()
}

func discard() {
	_ = alloc()
	alloc()
}

func main() {}
