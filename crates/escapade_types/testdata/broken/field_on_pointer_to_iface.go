// Mistake: calling a method through a pointer to an interface.
package main

import "fmt"

type Greeter interface{ Greet() string }

type en struct{}

func (en) Greet() string { return "hello" }

func say(g *Greeter) {
	fmt.Println(g.Greet())
}

func main() {
	var g Greeter = en{}
	say(&g)
}
