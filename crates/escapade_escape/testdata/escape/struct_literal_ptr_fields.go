// struct_: struct literals with address-of fields kept local or returned.
package main

type cfg struct {
	name *string
	size *int
}

func local() int {
	n, s := "x", 1
	c := cfg{name: &n, size: &s}
	return *c.size
}

func returned() cfg {
	n, s := "y", 2
	return cfg{name: &n, size: &s}
}

func main() {}
