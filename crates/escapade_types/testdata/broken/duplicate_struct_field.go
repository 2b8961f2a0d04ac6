// Mistake: the same field name twice in a struct.
package main

import "fmt"

type Item struct {
	ID    int
	Title string
	ID    string
}

func main() {
	fmt.Println(Item{})
}
