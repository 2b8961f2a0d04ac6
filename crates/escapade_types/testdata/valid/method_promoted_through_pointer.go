// Covers: method promotion through embedded pointer types, method sets of struct with embedded *T vs T.
package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Start() string { return fmt.Sprint("vroom ", e.HP) }
func (e Engine) Spec() string   { return fmt.Sprint(e.HP, "hp") }

type Car struct {
	*Engine
	Model string
}

type Boat struct {
	Engine
	Name string
}

type Starter interface{ Start() string }

func main() {
	c := Car{&Engine{150}, "mini"}
	var s Starter = c // Car's method set includes Start via *Engine
	fmt.Println(s.Start(), c.Spec())
	b := Boat{Engine{90}, "dinghy"}
	var s2 Starter = &b // only *Boat has Start
	fmt.Println(s2.Start(), b.Spec(), b.Start())
}
