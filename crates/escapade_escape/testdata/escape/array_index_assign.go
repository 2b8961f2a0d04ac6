// array_: storing into array elements of locals (array index store goes to
// the array's location) and of parameters.
package main

func store(p *int) [1]*int {
	var a [1]*int
	a[0] = p
	return a
}

func storeLocal() int {
	x := 1
	var a [1]*int
	a[0] = &x
	return *a[0]
}

func main() {}
