// inline_: recursive functions and the inliner (1.24+ inlines one level
// then stops: repeated recursive cycle).
package main

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func useFact() int {
	return fact(5)
}

func main() {
	println(useFact())
}
