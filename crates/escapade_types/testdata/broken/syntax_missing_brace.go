// Mistake (syntax): opening brace on its own line, C style.
package main

import "fmt"

func main()
{
	fmt.Println("hello")
}
