// Mistake (syntax): a named function declared inside another function.
package main

import "fmt"

func main() {
	func helper() int {
		return 1
	}
	fmt.Println(helper())
}
