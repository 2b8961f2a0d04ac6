// Covers: struct embedding, promoted fields and methods, shadowing by depth, pointer embedding.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

type Named struct{ Name string }

type Circle struct {
	Point
	*Named
	Radius int
}

type Labeled struct {
	Circle
	Name string // shadows Named.Name (shallower depth)
}

func main() {
	c := Circle{Point: Point{1, 2}, Named: &Named{"c1"}, Radius: 5}
	c.Move(10, 10) // promoted through addressable c
	fmt.Println(c.X, c.Y, c.Name, c.Radius, c.String())
	l := Labeled{Circle: c, Name: "outer"}
	fmt.Println(l.Name, l.Circle.Name, l.Named.Name, l.X)
	l.Point.Move(1, 1)
	fmt.Println(l)
}
