// Mistake: using the strings package without importing it.
package main

import "fmt"

func main() {
	fmt.Println(strings.ToUpper("go"))
}
