// chan_: chan struct{} signalling: struct{}{} sends have no pointers.
package main

func signal(done chan struct{}) {
	done <- struct{}{}
}

func waitAll(ds []chan struct{}) {
	for _, d := range ds {
		<-d
	}
}

func main() {}
