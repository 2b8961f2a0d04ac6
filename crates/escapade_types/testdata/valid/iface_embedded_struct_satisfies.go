// Covers: a struct satisfying an interface through promoted methods of an embedded field.
package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct{ base }
type Cat struct {
	base
	lives int
}

func (Dog) Sound() string { return "woof" }
func (c Cat) Sound() string {
	return fmt.Sprint("meow x", c.lives)
}

func main() {
	zoo := []Animal{Dog{base{"rex"}}, Cat{base{"tom"}, 9}}
	for _, a := range zoo {
		fmt.Println(a.Name(), "says", a.Sound())
	}
}
