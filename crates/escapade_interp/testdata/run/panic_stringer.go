// uncaught: panic with a value that has a String method.
package main

type Code int

func (c Code) String() string { return "code-" + string(rune('0'+int(c))) }

func main() {
	panic(Code(7))
}
