// Covers: closures in goroutines sending to a channel, collecting and sorting results for deterministic output.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"kiwi", "apple", "fig", "banana"}
	type res struct {
		word string
		n    int
	}
	out := make(chan res, len(words))
	for _, w := range words {
		go func() {
			out <- res{w, strings.Count(w, "a")}
		}()
	}
	var all []res
	for range words {
		all = append(all, <-out)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].word < all[j].word })
	for _, r := range all {
		fmt.Println(r.word, r.n)
	}
}
