// Covers: break inside switch inside for (breaks the switch), switch on types of values, switch with func calls.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Fields("go stop skip go end go")
	count := 0
	for _, w := range words {
		switch w {
		case "skip":
			continue
		case "stop":
			break // only leaves the switch
		case "end":
			fmt.Println("end seen")
		default:
			count++
		}
	}
	fmt.Println(count)
	switch strings.ToUpper("x") {
	case "X":
		fmt.Println("upper")
	}
}
