// Covers: the textbook shapes example: interface, slices of interfaces, type switch for extra info, sorting by area.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ Side float64 }
type Circle struct{ Radius float64 }
type Triangle struct{ A, B, C float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (s Square) Name() string  { return "square" }
func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }
func (c Circle) Name() string  { return "circle" }
func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Name() string { return "triangle" }

func main() {
	shapes := []Shape{Square{3}, Circle{1}, Triangle{3, 4, 5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	var total float64
	for _, s := range shapes {
		total += s.Area()
		extra := ""
		if c, ok := s.(Circle); ok {
			extra = fmt.Sprintf(" r=%v", c.Radius)
		}
		fmt.Printf("%s %.2f%s\n", s.Name(), s.Area(), extra)
	}
	fmt.Printf("total %.3f\n", total)
}
