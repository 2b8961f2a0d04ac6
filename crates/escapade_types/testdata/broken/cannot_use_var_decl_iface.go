// Mistake: value type does not implement the interface because the method has a pointer receiver.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + ": woof" }

func main() {
	var s Speaker = Dog{"rex"}
	fmt.Println(s.Speak())
}
