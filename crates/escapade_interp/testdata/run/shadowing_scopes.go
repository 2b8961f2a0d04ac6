// variable shadowing in if/for/switch scopes and := with existing variables.
package main

import "fmt"

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
}
