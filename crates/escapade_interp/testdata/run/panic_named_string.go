// uncaught: panic with a named string type prints type("value").
package main

type Msg string

func main() {
	panic(Msg("bad input"))
}
