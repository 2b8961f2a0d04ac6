// Covers: a token bucket with an injected clock (deterministic), struct with func field, time arithmetic.
package main

import (
	"fmt"
	"time"
)

type Bucket struct {
	capacity int
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
	now      func() time.Time
}

func (b *Bucket) Allow() bool {
	t := b.now()
	elapsed := t.Sub(b.last).Seconds()
	b.last = t
	b.tokens = min(float64(b.capacity), b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clock := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	b := &Bucket{capacity: 3, tokens: 3, rate: 2, last: clock, now: func() time.Time { return clock }}
	for i := 0; i < 6; i++ {
		if i == 4 {
			clock = clock.Add(time.Second)
		}
		fmt.Println(i, b.Allow())
	}
}
