// Mistake: comparing structs that contain a slice field.
package main

import "fmt"

type Config struct {
	Name  string
	Hosts []string
}

func main() {
	a := Config{Name: "x"}
	b := Config{Name: "x"}
	fmt.Println(a == b)
}
