// fmt.Sscan, Sscanln and Sscanf into strings, integers of several sizes, floats and bools,
// with spaces and literal text in the format.
package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("bob 42", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b float64
	var op string
	n, err = fmt.Sscanf("3.5 * -2e1", "%g %s %g", &a, &op, &b)
	fmt.Println(n, err, a, op, b)
	var x, y int8
	n, err = fmt.Sscanf("pos(12,-7)", "pos(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)
	var u uint16
	var ok bool
	var f32 float32
	n, err = fmt.Sscan("  65535\n true 0.1", &u, &ok, &f32)
	fmt.Println(n, err, u, ok, f32)
	var w1, w2 string
	n, err = fmt.Sscanln("hello   world", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	var pct int
	n, err = fmt.Sscanf("50%", "%d%%", &pct)
	fmt.Println(n, err, pct)
}
