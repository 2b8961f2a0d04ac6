// addr_: taking the address of locals and storing it in a package-level
// pointer moves the local to the heap; the same address kept local does not.
package main

var global *int

func storeGlobal() {
	x := 1
	global = &x
}

func keepLocal() int {
	y := 2
	p := &y
	return *p
}

func main() {
	storeGlobal()
	_ = keepLocal()
}
