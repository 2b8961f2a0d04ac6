// Covers: labeled continue from inside a select within a for loop, labeled break from nested range over map keys.
package main

import (
	"fmt"
	"sort"
)

func main() {
	jobs := make(chan int, 6)
	for i := 1; i <= 6; i++ {
		jobs <- i
	}
	close(jobs)
	processed := 0
loop:
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				break loop
			}
			if j%2 == 0 {
				continue loop
			}
			processed += j
		}
	}
	fmt.Println(processed)
	m := map[string][]int{"a": {1, 2}, "b": {3, 99, 4}, "c": {5}}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	found := ""
search:
	for _, k := range keys {
		for _, v := range m[k] {
			if v == 99 {
				found = k
				break search
			}
		}
	}
	fmt.Println(found)
}
