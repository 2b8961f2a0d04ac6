// closure_: small structs captured by value; a struct with a pointer field
// captured by value still carries the pointee's flows.
package main

type cfg struct {
	n   int
	ptr *int
}

var fs []func() int

func captureCfg(c cfg) {
	fs = append(fs, func() int { return c.n + *c.ptr })
}

func captureLocalPtr() {
	v := 4
	c := cfg{n: 1, ptr: &v}
	fs = append(fs, func() int { return *c.ptr })
}

func main() {}
