// chan_: a local buffered channel used as a queue of pointers.
package main

func queue() int {
	ch := make(chan *int, 2)
	a, b := 1, 2
	ch <- &a
	ch <- &b
	return *<-ch + *<-ch
}

func main() {}
