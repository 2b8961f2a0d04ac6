// Covers: package context without timers: Background/TODO, WithCancel (Done closed by cancel,
// Err, cancel twice, propagation to children and grandchildren through value contexts, a
// child's cancel not reaching its parent, deriving from a canceled parent), WithCancelCause and
// Cause, WithValue lookups with typed keys, WithoutCancel, AfterFunc (runs as a goroutine after
// cancel; stop before and after), a worker goroutine stopped through select on Done.
package main

import (
	"context"
	"errors"
	"fmt"
)

type key string
type otherKey string

func worker(ctx context.Context, out chan<- int, done chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			done <- "worker stopped: " + ctx.Err().Error()
			return
		case out <- i:
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Printf("%T %T %v %v\n", bg, context.TODO(), bg.Err(), bg.Done() == nil)
	fmt.Println(bg == context.Background())
	dl, ok := bg.Deadline()
	fmt.Println(dl, ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Printf("%T %v %v\n", ctx, ctx.Err(), ctx.Done() == ctx.Done())
	out := make(chan int)
	done := make(chan string)
	go worker(ctx, out, done)
	sum := 0
	for v := range out {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	fmt.Println(sum, <-done)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled), ctx.Err() == context.Canceled)
	cancel()
	<-ctx.Done()
	fmt.Println("done closed")

	parent, pcancel := context.WithCancel(context.Background())
	vctx := context.WithValue(parent, key("user"), "ann")
	child, ccancel := context.WithCancel(vctx)
	grand, gcancel := context.WithCancel(child)
	defer gcancel()
	sibling, scancel := context.WithCancel(parent)
	scancel()
	fmt.Println(parent.Err(), sibling.Err(), child.Err())
	pcancel()
	<-grand.Done()
	fmt.Println(child.Err(), grand.Err(), vctx.Err())
	fmt.Println(grand.Value(key("user")), grand.Value(otherKey("user")), grand.Value(key("none")) == nil)
	if u, ok := vctx.Value(key("user")).(string); ok {
		fmt.Println("user:", u)
	}
	ccancel()
	late, lcancel := context.WithCancel(grand)
	fmt.Println("derived from canceled:", late.Err())
	lcancel()

	cctx, ccause := context.WithCancelCause(context.Background())
	fmt.Println(context.Cause(cctx), context.Cause(context.Background()))
	ccause(errors.New("shutting down"))
	ccause(errors.New("ignored"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	nctx, ncause := context.WithCancelCause(context.Background())
	ncause(nil)
	fmt.Println(context.Cause(nctx))

	keep := context.WithoutCancel(vctx)
	fmt.Println(keep.Err(), keep.Done() == nil, keep.Value(key("user")))

	actx, acancel := context.WithCancel(context.Background())
	ran := make(chan string, 3)
	stop1 := context.AfterFunc(actx, func() { ran <- "first" })
	stop2 := context.AfterFunc(actx, func() { ran <- "second" })
	fmt.Println("stop2 before cancel:", stop2())
	acancel()
	fmt.Println(<-ran)
	fmt.Println("stop1 after run:", stop1())
	stop3 := context.AfterFunc(actx, func() { ran <- "already canceled" })
	fmt.Println(<-ran, stop3())
}
