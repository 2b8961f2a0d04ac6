// chan_: channels of channels and request/response structs.
package main

type request struct {
	arg   int
	reply chan int
}

func ask(reqs chan request, v int) int {
	r := request{arg: v, reply: make(chan int, 1)}
	reqs <- r
	return <-r.reply
}

func serve(reqs chan request) {
	for r := range reqs {
		r.reply <- r.arg * 2
	}
}

func main() {}
