// Mistake: passing []string where []any is expected.
package main

import "fmt"

func printAll(vals []any) {
	for _, v := range vals {
		fmt.Println(v)
	}
}

func main() {
	names := []string{"a", "b"}
	printAll(names)
}
