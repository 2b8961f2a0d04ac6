// uncaught: panic with a named integer type without methods prints type(value).
package main

type Status int

func main() {
	panic(Status(-3))
}
