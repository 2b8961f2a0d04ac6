// array_: pointers to arrays as parameters: indexing is a dereference.
package main

var sink *int

func get(a *[4]*int) *int { return a[2] }

func keep(a *[4]*int) { sink = a[3] }

func sum(a *[4]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {}
