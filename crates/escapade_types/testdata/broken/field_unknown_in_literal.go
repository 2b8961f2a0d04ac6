// Mistake: unknown field name in a struct literal.
package main

import "fmt"

type Config struct {
	Host string
	Port int
}

func main() {
	c := Config{Host: "localhost", Prot: 8080}
	fmt.Println(c)
}
