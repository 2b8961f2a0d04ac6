// recursion_: a recursive helper appending into an accumulator slice.
package main

func walk(n int, acc []int) []int {
	if n == 0 {
		return acc
	}
	return walk(n-1, append(acc, n))
}

func collect(n int) int {
	return len(walk(n, nil))
}

func main() {}
