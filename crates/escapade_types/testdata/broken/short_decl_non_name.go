// Mistake: := with a struct field on the left.
package main

import "fmt"

type P struct{ X int }

func main() {
	var p P
	p.X := 5
	fmt.Println(p)
}
