// Mistake: an aliased import that is not used.
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("hi")
}
