// Covers: sync/atomic typed values (atomic.Int64, atomic.Bool, atomic.Pointer, atomic.Value) and functions AddInt32/LoadInt32/CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Level int }

func main() {
	var hits atomic.Int64
	var legacy int32
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			atomic.AddInt32(&legacy, 1)
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt32(&legacy))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	var cfg atomic.Pointer[Config]
	cfg.Store(&Config{Level: 1})
	old := cfg.Swap(&Config{Level: 2})
	fmt.Println(old.Level, cfg.Load().Level)
	var v atomic.Value
	v.Store("v1")
	fmt.Println(v.Load().(string))
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(atomic.CompareAndSwapInt32(&legacy, 100, 0), legacy, u.Add(5))
}
