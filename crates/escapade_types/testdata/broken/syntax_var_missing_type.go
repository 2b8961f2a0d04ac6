// Mistake (syntax): var declared with a colon type annotation, TypeScript style.
package main

import "fmt"

func main() {
	var name: string = "go"
	fmt.Println(name)
}
