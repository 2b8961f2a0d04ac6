// Mistake: mixing int and int64 in arithmetic (len returns int).
package main

import "fmt"

func main() {
	var total int64 = 100
	items := []string{"a", "b"}
	avg := total / len(items)
	fmt.Println(avg)
}
