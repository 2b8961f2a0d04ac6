// Mistake: ranging over a struct value.
package main

import "fmt"

type Team struct{ Members []string }

func main() {
	t := Team{Members: []string{"a", "b"}}
	for _, m := range t {
		fmt.Println(m)
	}
}
