// uncaught: re-panicking with a recovered runtime error keeps its "runtime error:" text.
package main

import "fmt"

func main() {
	defer func() {
		err := recover().(error)
		fmt.Println("caught:", err)
		panic(err)
	}()
	var m map[int]int
	m[1] = 2
}
