// Covers: memoization with a closure over a map, recursive closure, generic memoizer.
package main

import "fmt"

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	calls := 0
	var fib func(int) uint64
	fib = Memo(func(n int) uint64 {
		calls++
		if n < 2 {
			return uint64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(80), calls)
	sq := Memo(func(s string) int { return len(s) * len(s) })
	fmt.Println(sq("abc"), sq("abc"))
}
