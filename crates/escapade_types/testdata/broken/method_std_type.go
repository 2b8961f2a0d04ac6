// Mistake: defining a method on a type from another package.
package main

import (
	"fmt"
	"time"
)

func (d time.Duration) Days() float64 { return d.Hours() / 24 }

func main() {
	fmt.Println(time.Hour)
}
