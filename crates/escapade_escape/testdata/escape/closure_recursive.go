// closure_: a recursive closure must be declared before it is assigned,
// so it captures itself by reference.
package main

func fib(n int) int {
	var f func(int) int
	f = func(k int) int {
		if k < 2 {
			return k
		}
		return f(k-1) + f(k-2)
	}
	return f(n)
}

func main() {}
