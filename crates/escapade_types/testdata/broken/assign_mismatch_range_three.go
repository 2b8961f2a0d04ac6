// Mistake: three iteration variables in a range over a map.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for k, v, i := range m {
		fmt.Println(k, v, i)
	}
}
