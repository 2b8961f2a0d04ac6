// sync/atomic typed values and functions: Add/Load/Store/Swap/CompareAndSwap/And/Or with
// wraparound, Bool, counters updated by goroutines under a WaitGroup.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits  atomic.Int64
	flags atomic.Uint32
	ready atomic.Bool
}

func main() {
	var s stats
	var legacy int32
	var total uint64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.hits.Add(2)
			atomic.AddInt32(&legacy, 1)
			atomic.AddUint64(&total, uint64(i))
		}()
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), atomic.LoadInt32(&legacy), atomic.LoadUint64(&total))
	var n atomic.Int32
	n.Store(math.MaxInt32)
	fmt.Println(n.Add(1), n.Swap(5), n.CompareAndSwap(4, 9), n.CompareAndSwap(5, 9), n.Load())
	fmt.Println(s.flags.Or(0b1010), s.flags.And(0b0110), s.flags.Load(), s.flags.Add(^uint32(0)))
	fmt.Println(s.ready.Load(), s.ready.Swap(true), s.ready.CompareAndSwap(true, false), s.ready.Load())
	var u uint32 = 3
	fmt.Println(atomic.CompareAndSwapUint32(&u, 3, 7), atomic.SwapUint32(&u, 1), u)
	var i64 int64
	atomic.StoreInt64(&i64, -5)
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.LoadInt64(&i64))
}
