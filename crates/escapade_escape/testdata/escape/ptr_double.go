// ptr_: pointer-to-pointer parameters: storing through *pp.
package main

func setPtr(pp **int) {
	x := 1
	*pp = &x
}

func setFromParam(pp **int, p *int) {
	*pp = p
}

func readPtr(pp **int) int {
	return **pp
}

func main() {}
