// chan_: values sent on channels escape (send); receiving does not.
package main

func sendPtr(ch chan *int) {
	x := 1
	ch <- &x
}

func sendSlice(ch chan []int) {
	s := make([]int, 4)
	ch <- s
}

func sendValue(ch chan int) {
	ch <- 3
}

func main() {}
