// Mistake: multiplying a time.Duration by an int variable.
package main

import (
	"fmt"
	"time"
)

func main() {
	retries := 3
	wait := retries * time.Second
	fmt.Println(wait)
}
