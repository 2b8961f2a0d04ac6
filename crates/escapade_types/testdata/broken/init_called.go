// Mistake: calling init explicitly.
package main

import "fmt"

var ready bool

func init() { ready = true }

func main() {
	init()
	fmt.Println(ready)
}
