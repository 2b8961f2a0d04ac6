// Covers: sync.Cond (NewCond, Wait, Signal, Broadcast, L): handoff, turn taking with Broadcast,
// a bounded queue with two conditions, Signal without waiters, a zero Cond with L set, a
// program-defined Locker.
package main

import (
	"fmt"
	"sync"
)

type countingLocker struct {
	mu    sync.Mutex
	locks int
}

func (c *countingLocker) Lock()   { c.mu.Lock(); c.locks++ }
func (c *countingLocker) Unlock() { c.mu.Unlock() }

func turns() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn := 0
	var wg sync.WaitGroup
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cond.L.Lock()
			for turn != id {
				cond.Wait()
			}
			fmt.Println("turn", id)
			turn++
			cond.L.Unlock()
			cond.Broadcast()
		}()
	}
	wg.Wait()
}

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.notEmpty.Signal()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.mu.Unlock()
	q.notFull.Signal()
	return v
}

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	cond.Signal()
	cond.Broadcast()
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Signal()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("ready", ready, cond.L == &mu)

	turns()

	q := newQueue(8)
	done := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 6; i++ {
			v := q.get()
			fmt.Println("got", v)
			sum += v
		}
		done <- sum
	}()
	for i := 1; i <= 6; i++ {
		q.put(i * 10)
	}
	fmt.Println("sum", <-done)

	var cl countingLocker
	var c sync.Cond
	c.L = &cl
	flag := false
	go func() {
		c.L.Lock()
		flag = true
		c.L.Unlock()
		c.Broadcast()
	}()
	c.L.Lock()
	for !flag {
		c.Wait()
	}
	c.L.Unlock()
	fmt.Println("flag", flag, cl.locks > 0)
}
