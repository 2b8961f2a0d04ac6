// uncaught: nil pointer dereference (with the SIGSEGV line).
package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("start")
	fmt.Println(p.X)
}
