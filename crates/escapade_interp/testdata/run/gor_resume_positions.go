// Covers: a goroutine parked inside nested loops, an if and a select resumes each time where it
// stopped: loop counters, the range position and per-iteration variables captured by closures
// survive the suspension.
package main

import "fmt"

func main() {
	c := make(chan string)
	quit := make(chan bool)
	var fs []func() int
	go func() {
		for i := 0; i < 2; i++ {
			for _, w := range []string{"a", "b"} {
				if w == "b" {
					select {
					case c <- fmt.Sprint(w, i):
					case <-quit:
						return
					}
				} else {
					c <- w
				}
				fs = append(fs, func() int { return i })
			}
		}
		close(c)
	}()
	for s := range c {
		fmt.Print(s, " ")
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
