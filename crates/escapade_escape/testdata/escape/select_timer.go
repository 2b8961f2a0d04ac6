// select_: select with time.After and context-like done channels.
package main

import "time"

func wait(ch chan string, d time.Duration) string {
	select {
	case s := <-ch:
		return s
	case <-time.After(d):
		return ""
	}
}

func main() {
	ch := make(chan string, 1)
	ch <- "x"
	_ = wait(ch, time.Millisecond)
}
