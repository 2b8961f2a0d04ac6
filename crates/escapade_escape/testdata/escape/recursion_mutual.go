// recursion_: mutually recursive functions are analysed in one batch
// (calls wired directly, no tags).
package main

var sink *int

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		sink = p
		return false
	}
	return even(n-1, p)
}

func main() {}
