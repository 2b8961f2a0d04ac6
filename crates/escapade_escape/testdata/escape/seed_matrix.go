// seed_: fixed-size arrays (stack) versus slices of slices (heap) for a
// small matrix.
package main

func arrayMatrix() int {
	var m [4][4]int
	for i := range m {
		m[i][i] = 1
	}
	return m[2][2]
}

func sliceMatrix(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		m[i][i] = 1
	}
	return m
}

func main() {
	_ = arrayMatrix()
	_ = sliceMatrix(2)
}
