// Covers: channels of channels (request/response), channels of funcs, struct{} signal channels.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request, done chan<- struct{}) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
	done <- struct{}{}
}

func main() {
	reqs := make(chan request)
	done := make(chan struct{})
	go server(reqs, done)
	for i := 1; i <= 3; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Println(i, <-reply)
	}
	close(reqs)
	<-done
	tasks := make(chan func() string, 2)
	tasks <- func() string { return "task a" }
	tasks <- func() string { return "task b" }
	close(tasks)
	for t := range tasks {
		fmt.Println(t())
	}
}
