// iteration order of a map is unspecified; each line is printed from inside the range loop.
// output: order-dependent
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
	for k, v := range m {
		fmt.Println(k, v)
	}
}
