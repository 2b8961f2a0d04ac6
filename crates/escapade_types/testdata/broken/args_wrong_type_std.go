// Mistake: strconv.Itoa called with an int64.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var id int64 = 42
	fmt.Println("id=" + strconv.Itoa(id))
}
