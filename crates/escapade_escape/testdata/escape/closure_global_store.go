// closure_: storing a closure in a global makes the closure object escape
// and moves reference-captured variables to the heap.
package main

var handler func() int
var hooks []func()

func install() {
	count := 0
	handler = func() int {
		count++
		return count
	}
}

func register(name string) {
	hooks = append(hooks, func() { println(name) })
}

func main() {}
