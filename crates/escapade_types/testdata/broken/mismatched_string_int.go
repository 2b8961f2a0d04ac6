// Mistake: concatenating a string and an int.
package main

import "fmt"

func main() {
	age := 30
	msg := "age: " + age
	fmt.Println(msg)
}
