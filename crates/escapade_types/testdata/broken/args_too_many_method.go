// Mistake: calling a method with an extra argument.
package main

import "fmt"

type Greeter struct{ Name string }

func (g Greeter) Hello() string { return "hello " + g.Name }

func main() {
	g := Greeter{"ann"}
	fmt.Println(g.Hello("bob"))
}
