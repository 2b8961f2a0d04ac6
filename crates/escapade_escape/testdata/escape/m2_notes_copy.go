// m2_: explanation notes for copy (copied slice), append spreads
// (appended slice...) and sends.
package main

var global []*int

func copyInto(src []*int) {
	copy(global, src)
}

func spread(src []*int) {
	global = append(global, src...)
}

func sendAll(ch chan *int, src []*int) {
	for _, p := range src {
		ch <- p
	}
}

func main() {}
