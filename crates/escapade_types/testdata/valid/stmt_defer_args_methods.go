// Covers: deferred method calls with receivers evaluated at defer time, deferred calls in loops with closures over copies.
package main

import "fmt"

type Tracer struct{ name string }

func (t Tracer) Exit()     { fmt.Println("exit", t.name) }
func (t *Tracer) ExitPtr() { fmt.Println("exit ptr", t.name) }

func traced() {
	t := Tracer{"first"}
	defer t.Exit()    // receiver copied now
	defer t.ExitPtr() // pointer taken now, sees later changes
	t.name = "changed"
	fmt.Println("body")
}

func main() {
	traced()
	for _, s := range []string{"x", "y"} {
		defer fmt.Println("deferred", s)
	}
	fmt.Println("main end")
}
