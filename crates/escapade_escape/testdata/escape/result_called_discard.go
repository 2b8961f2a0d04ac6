// result_: calls whose results are discarded or used only as values.
package p

func alloc() *int { return new(int) }

func useValue() int {
	return *alloc()
}

func discard() {
	_ = alloc()
	alloc()
}
