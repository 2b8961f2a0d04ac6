// Mistake: a result computed inside a closure but never used.
package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	apply := func(f func(int) int) {
		for _, n := range nums {
			doubled := f(n)
		}
	}
	apply(func(n int) int { return n * 2 })
	fmt.Println(nums)
}
