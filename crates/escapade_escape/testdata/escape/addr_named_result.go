// addr_: named results whose address escapes are moved to the heap at the
// result's identifier.
package main

var sink *error

func namedErr() (err error) {
	sink = &err
	return nil
}

func namedResultLocal() (n int) {
	p := &n
	*p = 3
	return
}

func namedPtrResult() (r *int) {
	v := 5
	r = &v
	return
}

func main() {}
