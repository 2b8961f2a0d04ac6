// Covers: interfaces, implicit satisfaction, embedding interfaces, empty interface/any, nil interfaces.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

func describe(s NamedShape) string {
	return fmt.Sprintf("%s: %.2f %.2f", s.Name(), s.Area(), s.Perimeter())
}

func main() {
	shapes := []NamedShape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var sh Shape = shapes[0] // NamedShape assignable to Shape
	fmt.Println(sh.Area())
	var e any = 42
	var none Shape
	fmt.Println(e, none == nil)
	var things []interface{} = []interface{}{1, "two", 3.0, nil}
	fmt.Println(len(things))
}
