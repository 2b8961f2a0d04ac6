// Mistake: misspelled struct field.
package main

import "fmt"

type User struct {
	Name  string
	Email string
}

func main() {
	u := User{Name: "ann", Email: "a@x"}
	fmt.Println(u.Emial)
}
