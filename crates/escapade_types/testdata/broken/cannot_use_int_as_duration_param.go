// Mistake: passing an int variable to time.Sleep.
package main

import (
	"fmt"
	"time"
)

func main() {
	delay := 10
	time.Sleep(delay)
	fmt.Println("woke up")
}
