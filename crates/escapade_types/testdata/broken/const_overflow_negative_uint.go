// Mistake: negative constant converted to an unsigned type.
package main

import "fmt"

func main() {
	var u uint = -1
	fmt.Println(u)
}
