// Covers: generic functions used as values (explicit instances, instances inferred from the
// assignment or the parameter type), conversions to instances of generic types, method
// expressions of interface types, and methods promoted from an embedded interface field.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square struct{ Rect }

func (s Square) Name() string { return "square" }

type Labeled struct {
	Shape
	Label string
}

func (l Labeled) Name() string { return l.Label + ":" + l.Shape.Name() }

type Fn[A, B any] func(A) B

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Twice[T int | float64 | string](v T) T { return v + v }

func main() {
	double := Twice[int]
	var cat func(string) string = Twice
	fmt.Println(double(21), cat("ab"), Map([]float64{1.5, 2}, Twice[float64]))
	fmt.Println(Map([]string{"x", "yz"}, Twice))
	up := Fn[string, string](strings.ToUpper)
	fmt.Println(up("go"), Map([]string{"a", "b"}, up))

	area := Shape.Area
	name := Shape.Name
	shapes := []Shape{Rect{2, 3}, Square{Rect{4, 4}}, Labeled{Rect{1, 5}, "tall"}}
	for _, s := range shapes {
		fmt.Println(name(s), area(s))
	}
	var l Shape = Labeled{Square{Rect{2, 2}}, "box"}
	fmt.Println(l.Name(), l.Area())
}
