// Mistake: two imports left over from an earlier version.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("only fmt is used")
}
