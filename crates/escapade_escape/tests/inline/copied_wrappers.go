// Function literals holding go/defer statements, copied by inlining: gc does not inline
// into a copy's body (no line for the copy's calls); the wrappers of one function share one
// count (gowrap1, deferwrap2).
package main

var sink any

func work(n int) { sink = n }

func spawner(n int) func() {
	return func() {
		go work(n)
		defer work(n + 1)
	}
}

func keep(n int) {
	f := func() {
		go work(n)
	}
	sink = f
}

func main() {
	s := spawner(2)
	sink = s
	keep(3)
}
