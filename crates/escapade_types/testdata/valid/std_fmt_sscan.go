// Covers: fmt.Sscan, fmt.Sscanf, fmt.Sscanln parsing values from strings; custom Formatter via Stringer.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("bob 42", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b, c int
	n, _ = fmt.Sscan("1 2 3", &a, &b, &c)
	fmt.Println(n, a+b+c)
	var x float64
	var word string
	fmt.Sscanln("2.5 ok", &x, &word)
	fmt.Println(x, word)
	temps := []Temp{21.55, -3}
	fmt.Println(temps)
	fmt.Printf("%s %v %.0f\n", temps[0], temps[1], float64(temps[0]))
}
