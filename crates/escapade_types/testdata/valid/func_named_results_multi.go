// Covers: function declarations with grouped params, named results, blank params, unnamed results.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func area(w, h float64, _ string) float64 { return w * h }

func stats(xs ...float64) (mean, variance float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		variance += (x - mean) * (x - mean)
	}
	variance /= float64(len(xs))
	return
}

func noResults(int, string) {}

func main() {
	fmt.Println(split(17))
	fmt.Println(area(2, 3.5, "unused"))
	fmt.Println(stats(2, 4, 4, 4, 5, 5, 7, 9))
	noResults(1, "x")
}
