// Covers: range over slices, arrays, strings (runes), maps (sorted), channels, integers, and with blank.
package main

import (
	"fmt"
	"sort"
)

func main() {
	for i, v := range []string{"a", "b"} {
		fmt.Println(i, v)
	}
	for i := range [3]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	for i, r := range "aé世" {
		fmt.Println(i, string(r))
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	count := 0
	for range 10 {
		count++
	}
	for range "abc" {
		count++
	}
	fmt.Println(count)
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
