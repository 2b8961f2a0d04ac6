// ptr_: returning a pointer to a field of a parameter struct or a local.
package main

type rec struct{ a, b int }

func fieldOf(r *rec) *int { return &r.b }

func fieldOfLocal() *int {
	var r rec
	return &r.a
}

func fieldOfValue(r rec) *int { return &r.a }

func main() {}
