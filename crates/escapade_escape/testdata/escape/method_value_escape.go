// method_: method values escaping through returns, globals and goroutines.
package main

type ticker struct{ n int }

func (t *ticker) tick() { t.n++ }

func (t ticker) read() int { return t.n }

func getTick(t *ticker) func() {
	return t.tick
}

func getRead(t ticker) func() int {
	return t.read
}

func spawn(t *ticker) {
	go t.tick()
}

func main() {}
