// Mistake: a typed constant used where another named type is expected.
package main

import (
	"fmt"
	"time"
)

const timeoutSeconds int = 5

func main() {
	var d time.Duration = timeoutSeconds
	fmt.Println(d)
}
