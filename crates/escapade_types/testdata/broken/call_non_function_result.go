// Mistake: calling the result of a function that returns an int.
package main

import "fmt"

func count() int { return 3 }

func main() {
	fmt.Println(count()())
}
