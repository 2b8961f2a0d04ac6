// float32 values print with their own shortest representation.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 1.0 / 3.0
	fmt.Println(a, b, a+b, float64(a))
	var c float32 = 16777216
	fmt.Println(c+1, c*3)
	big := float32(3.4e38)
	fmt.Println(float32(1e10), big*10)
	fmt.Printf("%v %g %.3f %e\n", a, b, b, c)
}
