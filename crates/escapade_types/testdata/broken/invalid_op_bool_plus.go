// Mistake: arithmetic on booleans.
package main

import "fmt"

func main() {
	done, ok := true, false
	fmt.Println(done + ok)
}
