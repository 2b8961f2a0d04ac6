// Covers: closures capturing loop variables (per-iteration semantics since Go 1.22), deferred closures in loops.
package main

import "fmt"

func main() {
	var prints []func() string
	for _, name := range []string{"a", "b", "c"} {
		prints = append(prints, func() string { return name })
	}
	for _, p := range prints {
		fmt.Print(p())
	}
	fmt.Println()
	total := 0
	adders := map[int]func(){}
	for i := 1; i <= 3; i++ {
		adders[i] = func() { total += i }
	}
	adders[1]()
	adders[3]()
	fmt.Println(total)
	func() {
		for i := range 3 {
			defer func() { fmt.Print(i) }()
		}
	}()
	fmt.Println()
}
