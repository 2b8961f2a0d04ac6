package main

const N = 4

func main() {
	var a [N]int
	var b [2 * N][N]string
	var c []int
	var d [][]byte
	var e [3]*int
	var f []map[string]int
	_ = [...]int{1, 2}
	_, _, _, _, _, _ = a, b, c, d, e, f
}
