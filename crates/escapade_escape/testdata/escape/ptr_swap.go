// ptr_: swapping through pointers.
package main

func swap(a, b *int) {
	*a, *b = *b, *a
}

func swapPtrs(a, b **int) {
	*a, *b = *b, *a
}

func useSwap() int {
	x, y := 1, 2
	swap(&x, &y)
	return x
}

func main() {}
