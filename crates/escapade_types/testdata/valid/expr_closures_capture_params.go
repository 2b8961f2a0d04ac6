// Covers: closures capturing parameters and named results, closures modifying captured slices and maps.
package main

import "fmt"

func accumulate(start int) (get func() int, add func(int)) {
	total := start
	get = func() int { return total }
	add = func(n int) { total += n }
	return
}

func indexer(words []string) func(string) []int {
	idx := map[string][]int{}
	for i, w := range words {
		idx[w] = append(idx[w], i)
	}
	return func(w string) []int { return idx[w] }
}

func main() {
	get, add := accumulate(10)
	add(5)
	add(-3)
	fmt.Println(get())
	find := indexer([]string{"a", "b", "a", "c", "a"})
	fmt.Println(find("a"), find("z") == nil)
}
