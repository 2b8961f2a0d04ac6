// Covers: context propagation through a pipeline, context.WithDeadline, AfterFunc, select on ctx.Done in producers.
package main

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

func numbers(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var stopped atomic.Bool
	stop := context.AfterFunc(ctx, func() { stopped.Store(true) })
	defer stop()
	sum := 0
	for n := range numbers(ctx) {
		sum += n
		if n == 100 {
			cancel()
			break
		}
	}
	fmt.Println(sum)
	for !stopped.Load() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after func ran:", stopped.Load())
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	_, has := dctx.Deadline()
	fmt.Println(has, dctx.Err())
}
