// std_: time values are structs passed by value; time.Since does not leak.
package main

import "time"

func elapsed(start time.Time) time.Duration {
	return time.Since(start)
}

func deadline(d time.Duration) *time.Time {
	t := time.Now().Add(d)
	return &t
}

func main() {
	_ = elapsed(time.Now())
	_ = deadline(time.Second)
}
