// Mistake: a method with the same name as a struct field.
package main

import "fmt"

type User struct {
	Name string
}

func (u User) Name() string { return u.Name }

func main() {
	fmt.Println(User{"a"}.Name)
}
