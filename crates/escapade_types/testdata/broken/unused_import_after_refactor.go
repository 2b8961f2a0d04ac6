// Mistake: strconv left imported after switching to fmt.Sprint.
package main

import (
	"fmt"
	"strconv"
)

func label(n int) string {
	return "item-" + fmt.Sprint(n)
}

func main() {
	fmt.Println(label(3))
}
