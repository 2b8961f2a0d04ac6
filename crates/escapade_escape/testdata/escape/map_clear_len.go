// map_: builtins on maps: len, delete, clear.
package main

func wipe(m map[string]*int) int {
	n := len(m)
	clear(m)
	return n
}

func drop(m map[*int]int, k *int) {
	delete(m, k)
}

func main() {}
