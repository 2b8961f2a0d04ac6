// updating values of existing keys while ranging is well defined.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range m {
		m[k] = v * 10
	}
	fmt.Println(m)
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
}
