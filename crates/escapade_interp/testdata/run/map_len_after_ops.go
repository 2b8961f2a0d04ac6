// len after overwriting the same keys, deleting absent ones and re-inserting.
package main

import "fmt"

func main() {
	m := make(map[string]int, 100)
	for i := 0; i < 5; i++ {
		for _, k := range []string{"a", "b", "c"} {
			m[k] = i
		}
	}
	fmt.Println(len(m), m)
	delete(m, "x")
	delete(m, "a")
	delete(m, "a")
	m["a"] = 42
	fmt.Println(len(m), m)
}
