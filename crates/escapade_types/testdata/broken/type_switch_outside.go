// Mistake: .(type) used outside a type switch.
package main

import "fmt"

func main() {
	var v any = 3
	t := v.(type)
	fmt.Println(t)
}
