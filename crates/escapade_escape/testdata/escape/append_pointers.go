// append_: appending pointers: appended values always leak to the heap.
package main

func addPtr(s []*int, v int) []*int {
	return append(s, &v)
}

func addLocal() int {
	x := 1
	var s []*int
	s = append(s, &x)
	return len(s)
}

func addParam(s []*int, p *int) []*int {
	return append(s, p)
}

func main() {}
