// Mistake: passing a type that lacks a method required by the interface parameter.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func show(s Shape) { fmt.Println(s.Area(), s.Perimeter()) }

func main() {
	show(Square{2})
}
