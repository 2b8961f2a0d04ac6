// Covers: lazy initialization closures, sync.OnceValues returning (value, error), closures over package-level state.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var loads int

var config = sync.OnceValues(func() (map[string]string, error) {
	loads++
	return map[string]string{"env": "test"}, nil
})

func lazy[T any](f func() T) func() T {
	var (
		once sync.Once
		val  T
	)
	return func() T {
		once.Do(func() { val = f() })
		return val
	}
}

func main() {
	c1, err := config()
	c2, _ := config()
	fmt.Println(c1["env"], c2["env"], err, loads)
	calls := 0
	expensive := lazy(func() int { calls++; return 42 })
	fmt.Println(expensive(), expensive(), calls)
	failing := sync.OnceValues(func() (int, error) { return 0, errors.New("cannot load") })
	_, err = failing()
	fmt.Println(err)
}
