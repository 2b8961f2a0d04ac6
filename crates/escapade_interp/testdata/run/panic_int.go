// uncaught: panic with an integer value.
package main

func main() {
	panic(42)
}
