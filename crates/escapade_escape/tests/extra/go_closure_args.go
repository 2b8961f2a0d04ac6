package main

import "sync"

func a() int {
	var mu sync.RWMutex
	total := 0
	var wg3 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg3.Add(1)
		go func(n int) {
			defer wg3.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg3.Wait()
	return total
}

func b() int {
	total := 0
	var wg3 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg3.Add(1)
		go func(n int) {
			defer wg3.Done()
			total += n
		}(i)
	}
	wg3.Wait()
	return total
}

func c() int {
	total := 0
	var wg3 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		go func(n int) {
			total += n
			wg3.Done()
		}(i)
	}
	return total
}

func d() int {
	total := 0
	for i := 1; i <= 10; i++ {
		go func() {
			total += 1
		}()
	}
	return total
}

func main() { a(); b(); c(); d() }
