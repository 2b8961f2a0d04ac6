// fmt's printer on composite values: %v %+v %#v of nested structs, arrays, slices, maps with
// struct and array keys, nil values, Stringers with %x %q and width, bad verbs inside values.
package main

import (
	"fmt"
	"time"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type point struct{ X, Y int }

type box struct {
	Min, Max point
	Tag      string
	hidden   Color
	Shade    Color
	Any      any
	Ptr      *point
	Names    []string
}

type key struct {
	A string
	B int
}

func main() {
	b := box{point{1, 2}, point{3, 4}, "t", 2, 1, nil, nil, nil}
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%#v\n", point{5, -6})
	fmt.Printf("%#v %#v %#v %#v\n", []int(nil), map[string]bool(nil), [2]string{"a", "b"}, 1.0)
	fmt.Printf("%#v %#v %#v\n", uint8(200), "q\"s", []any{1, "x", nil})
	fmt.Printf("[%x] [%q] [%8v] [%-8s] [%X]\n", Color(1), Color(2), Color(0), Color(1), Color(2))
	fmt.Printf("%d %s\n", b.Shade, []Color{0, 1, 2})
	m := map[key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(m)
	fmt.Println(map[[2]int]string{{2, 0}: "x", {1, 5}: "y"}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%d|%x|%s\n", []string{"a"}, []int{10, 255}, []int{1})
	fmt.Printf("%v %d\n", &b.Min, &[]int{7})
	fmt.Printf("%5.1f|%-6d|%06.2f\n", []float64{1, 2.25}, [2]int{3, 4}, []float64{3.14159})
	fmt.Printf("%s %v %d\n", time.Duration(1500)*time.Millisecond, 90*time.Second, time.Minute)
	fmt.Printf("%t %v %s\n", 1, struct{}{}, true)
	fmt.Printf("%[2]*[1]d|%-*d|%.*s\n", 7, 5, 4, 3, 2, "abcdef")
	fmt.Printf("%d %d\n", 1, 2, 3, "x")
	fmt.Printf("%[3]d %d\n", 1, 2)
	fmt.Printf("%*d|%.*d\n", "w", 1, "p", 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", Color(0), Color(1), 3.5))
	var np *point
	var e error
	fmt.Printf("%v %+v %d %s %v\n", np, e, np, e, []*point{nil})
}
