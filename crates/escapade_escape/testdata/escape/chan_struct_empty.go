// chan_: chan struct{} signalling: struct{}{} sends have no pointers.
package p

func signal(done chan struct{}) {
	done <- struct{}{}
}

func waitAll(ds []chan struct{}) {
	for _, d := range ds {
		<-d
	}
}
