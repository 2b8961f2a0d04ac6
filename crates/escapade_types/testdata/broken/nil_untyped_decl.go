// Mistake: short declaration from untyped nil.
package main

import "fmt"

func main() {
	p := nil
	fmt.Println(p)
}
