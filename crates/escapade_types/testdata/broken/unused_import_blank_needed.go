// Mistake: an import kept only for side effects without the blank name.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("started")
}
