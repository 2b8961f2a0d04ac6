// Mistake: passing []int where []float64 is expected.
package main

import "fmt"

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func main() {
	scores := []int{90, 80}
	fmt.Println(mean(scores))
}
