// Mistake: positional struct literal with too few values.
package main

import "fmt"

type RGB struct{ R, G, B uint8 }

func main() {
	red := RGB{255, 0}
	fmt.Println(red)
}
