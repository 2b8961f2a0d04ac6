// uncaught: recovering and re-panicking with the same value: "[recovered, repanicked]".
package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic("same value")
}
