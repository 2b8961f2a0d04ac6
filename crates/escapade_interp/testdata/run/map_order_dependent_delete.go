// deleting during iteration is allowed; which entries are seen depends on order.
// output: order-dependent
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 8; i++ {
		m[i] = true
	}
	for k := range m {
		delete(m, k)
		fmt.Println("deleted", k)
	}
	fmt.Println("left", len(m))
}
