// select_: receive into existing variables with comma-ok (assign-pair-receive).
package main

var sink *int

func recvPair(ch chan *int) bool {
	var p *int
	var ok bool
	select {
	case p, ok = <-ch:
		sink = p
	}
	return ok
}

func recvOK(ch chan []byte) int {
	b, ok := <-ch
	if !ok {
		return 0
	}
	return len(b)
}

func main() {}
