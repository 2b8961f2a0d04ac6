package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	go func(n int) {
		defer wg.Done()
		mu.Lock()
		defer mu.Unlock()
		_ = n
	}(1)
	go println("x")
	defer println("deferred")
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
	wg.Wait()
}
