// append_: appends in a loop to a slice that never leaves the function.
package main

func countEven(xs []int) int {
	var evens []int
	for _, x := range xs {
		if x%2 == 0 {
			evens = append(evens, x)
		}
	}
	return len(evens)
}

func prealloc(xs []int) int {
	out := make([]int, 0, 8)
	for _, x := range xs {
		out = append(out, x*2)
	}
	return len(out)
}

func main() {}
