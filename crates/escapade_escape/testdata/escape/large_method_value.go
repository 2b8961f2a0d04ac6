// large_: a method value on a huge value receiver copies the receiver into
// the closure object (too large for stack).
package main

type huge struct{ a [70000]byte }

func (h huge) first() byte { return h.a[0] }

func methodValue(h huge) byte {
	f := h.first
	return f()
}

type small struct{ a [8]byte }

func (s small) first() byte { return s.a[0] }

func smallMethodValue(s small) byte {
	f := s.first
	return f()
}

func main() {}
