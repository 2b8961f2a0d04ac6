// closure_: sending a closure over a channel makes it escape.
package main

func producer(ch chan func() int, v int) {
	ch <- func() int { return v }
}

func consumer(ch chan func() int) int {
	f := <-ch
	return f()
}

func main() {}
