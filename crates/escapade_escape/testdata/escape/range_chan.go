// range_: ranging over channels of pointers.
package main

var last *int

func drain(ch chan *int) int {
	n := 0
	for p := range ch {
		last = p
		n++
	}
	return n
}

func sumChan(ch <-chan int) int {
	t := 0
	for v := range ch {
		t += v
	}
	return t
}

func main() {}
