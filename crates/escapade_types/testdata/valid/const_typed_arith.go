// Covers: typed constant arithmetic stays in range, constant comparisons, boolean constants.
package main

import (
	"fmt"
	"time"
)

const timeout = 3 * time.Second
const half = timeout / 2
const debug = false
const maxU8 uint8 = 255
const minI16 int16 = -32768

func main() {
	fmt.Println(timeout, half, half < timeout)
	if debug {
		fmt.Println("debug")
	}
	fmt.Println(maxU8, minI16, maxU8/5, -(minI16 + 1))
	const eq = "a" < "b"
	fmt.Println(eq, 10/4, 10/4.0, 10.0/4)
	var d time.Duration = 90 * time.Minute
	fmt.Println(d.Hours())
}
