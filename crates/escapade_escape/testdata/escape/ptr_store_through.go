// ptr_: any store through a pointer goes to the heap location (*p = q).
package main

type t struct{ f *int }

func storeField(p *t) {
	v := 1
	p.f = &v
}

func storeDeref(p **int, q *int) {
	*p = q
}

func storeLocalStruct() int {
	var s t
	v := 2
	ps := &s
	ps.f = &v
	return *s.f
}

func main() {}
