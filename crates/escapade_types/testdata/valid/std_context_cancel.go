// Covers: context.Background, WithCancel, WithTimeout, WithValue with typed keys, ctx.Done/Err, context.Cause.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func worker(ctx context.Context, results chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(results)
			return
		case results <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	go worker(ctx, results)
	sum := 0
	for v := range results {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	fmt.Println(sum, ctx.Err())
	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))
	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	if u, ok := vctx.Value(ctxKey("user")).(string); ok {
		fmt.Println("user:", u)
	}
	fmt.Println(vctx.Value(ctxKey("missing")) == nil)
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(context.Cause(cctx))
}
