// result_: struct results holding pointers to parameters or locals.
package main

type ref struct{ p *int }

func refTo(p *int) ref { return ref{p: p} }

func refLocal() ref {
	x := 2
	return ref{p: &x}
}

func refDeref(r *ref) ref { return *r }

func main() {}
