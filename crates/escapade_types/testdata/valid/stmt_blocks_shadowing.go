// Covers: explicit blocks, shadowing across scopes, package-level vs local names, universe shadowing.
package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 3; x > 2 {
		fmt.Println("if", x)
	}
	fmt.Println(x, show())
	len := func(s string) int { return 99 } // shadows builtin len locally
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
}
