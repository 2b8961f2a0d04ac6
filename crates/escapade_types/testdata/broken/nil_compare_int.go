// Mistake: comparing an int to nil.
package main

import "fmt"

func main() {
	count := 0
	if count != nil {
		fmt.Println(count)
	}
}
