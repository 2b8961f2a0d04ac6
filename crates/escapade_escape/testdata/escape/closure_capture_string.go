// closure_: capturing strings and structs containing pointers; width in
// -m=2 capture lines shows the captured size.
package main

type rec struct {
	name string
	tags []string
}

func greet(name string) func() string {
	return func() string { return "hi " + name }
}

func recClosure(r rec) func() int {
	return func() int { return len(r.name) + len(r.tags) }
}

func main() {}
