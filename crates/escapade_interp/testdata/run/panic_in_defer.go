// uncaught: a deferred call panics while the first panic is still running (not recovered).
package main

import "fmt"

func main() {
	defer func() {
		panic("from defer")
	}()
	defer fmt.Println("deferred print runs")
	panic("original")
}
