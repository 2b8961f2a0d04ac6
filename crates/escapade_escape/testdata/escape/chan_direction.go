// chan_: directional channel types passed through.
package main

func producer(out chan<- []byte, b []byte) {
	out <- b[:1]
}

func relay(in <-chan []byte, out chan<- []byte) {
	for b := range in {
		out <- b
	}
}

func main() {}
