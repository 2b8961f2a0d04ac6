// matrix multiplication with 2D slices and formatted output.
package main

import "fmt"

func mul(a, b [][]float64) [][]float64 {
	out := make([][]float64, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := [][]float64{{1, 2}, {3, 4}}
	b := [][]float64{{0.5, 0}, {0, 0.25}}
	for _, row := range mul(a, b) {
		for _, v := range row {
			fmt.Printf("%6.3f", v)
		}
		fmt.Println()
	}
	fmt.Println(mul(a, a))
}
