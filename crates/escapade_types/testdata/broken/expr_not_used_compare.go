// Mistake: a comparison used as a statement (meant an assignment).
package main

import "fmt"

func main() {
	done := false
	done == true
	fmt.Println(done)
}
