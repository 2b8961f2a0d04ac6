// select_: select with send and receive cases; values sent escape.
package main

func trySend(ch chan *int, v int) bool {
	select {
	case ch <- &v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan *int) *int {
	select {
	case p := <-ch:
		return p
	default:
		return nil
	}
}

func main() {}
