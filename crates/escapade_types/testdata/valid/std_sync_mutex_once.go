// Covers: sync.Mutex, sync.RWMutex, sync.Once, sync.OnceValue, struct with embedded mutex used via pointer.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

var loadConfig = sync.OnceValue(func() string {
	fmt.Println("loading config once")
	return "cfg-v1"
})

func main() {
	sm := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Inc([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(sm.Get("a"), sm.Get("b"))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	fmt.Println(loadConfig(), loadConfig())
	keys := []string{}
	for k := range sm.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
