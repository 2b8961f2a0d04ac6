// Mistake: returning nil for a struct result.
package main

import (
	"errors"
	"fmt"
)

type User struct{ Name string }

func find(name string) (User, error) {
	if name == "" {
		return nil, errors.New("no name")
	}
	return User{name}, nil
}

func main() {
	fmt.Println(find("ann"))
}
