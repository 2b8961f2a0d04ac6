// Mistake: calling a struct field that is a string.
package main

import "fmt"

type Cmd struct {
	Name string
	Run  func() string
}

func main() {
	c := Cmd{Name: "ls", Run: func() string { return "ok" }}
	fmt.Println(c.Name(), c.Run())
}
