// Covers: atomic.Int32 CompareAndSwap spin lock, atomic.AddUint64 on struct fields, runtime.Gosched.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state atomic.Int32 }

func (s *SpinLock) Lock() {
	for !s.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() { s.state.Store(0) }

type Stats struct {
	requests uint64
	bytes    uint64
}

func main() {
	var lock SpinLock
	var st Stats
	counter := 0
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock.Lock()
			counter++
			lock.Unlock()
			atomic.AddUint64(&st.requests, 1)
			atomic.AddUint64(&st.bytes, uint64(i))
		}()
	}
	wg.Wait()
	fmt.Println(counter, atomic.LoadUint64(&st.requests), atomic.LoadUint64(&st.bytes))
}
