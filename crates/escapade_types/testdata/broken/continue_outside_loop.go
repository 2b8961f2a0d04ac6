// Mistake: continue inside a switch that is not in a loop.
package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 2:
		continue
	}
	fmt.Println(x)
}
