// Mistake: lower-case (unexported) name from another package: fmt.println.
package main

import "fmt"

func main() {
	fmt.println("hello")
}
