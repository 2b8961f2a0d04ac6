// string_: constant concatenations fold at compile time (no allocation);
// mixing in a variable allocates.
package main

const greeting = "hello, " + "world"

func constant() string {
	return greeting + "!"
}

func mixed(name string) string {
	return "hello, " + name
}

func mixedLocal(name string) int {
	s := "hi " + name + "!"
	return len(s)
}

func main() {}
