// Mistake: make used with a struct type.
package main

import "fmt"

type Server struct{ Port int }

func main() {
	s := make(Server)
	fmt.Println(s)
}
