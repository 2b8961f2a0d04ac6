// iface_: calling a method through an interface: the receiver and all
// arguments leak because the callee is unknown.
package main

type shape interface {
	area() float64
	scale(f *float64)
}

func total(ss []shape) float64 {
	t := 0.0
	for _, s := range ss {
		t += s.area()
	}
	return t
}

func scaleAll(s shape) {
	f := 2.0
	s.scale(&f)
}

func main() {}
