// array_: range over an array value copies it (range note), over a pointer
// it does not.
package main

var sink *int

func overValue(a [2]*int) {
	for _, p := range a {
		sink = p
	}
}

func overPtr(a *[2]*int) {
	for _, p := range a {
		sink = p
	}
}

func main() {}
