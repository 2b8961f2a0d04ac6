// iface_: pointer-shaped values (pointers, maps, chans, funcs) need no box:
// the conversion itself never appears, only the pointee.
package main

var sink any

func ptrToIface(p *int) {
	sink = p
}

func mapToIface(m map[string]int) {
	sink = m
}

func chanToIface(c chan int) {
	sink = c
}

func sliceToIface(s []int) {
	sink = s
}

func main() {}
