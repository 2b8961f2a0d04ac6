// append_: appending to a package-level slice.
package main

var log []string
var ptrs []*int

func record(s string) {
	log = append(log, s)
}

func recordPtr() {
	v := 3
	ptrs = append(ptrs, &v)
}

func main() {}
