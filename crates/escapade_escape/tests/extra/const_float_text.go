package main

import "fmt"

// go/constant prints a float constant with %.6g, or with the shortest %g when %.6g would
// hide its fraction: float32(1e-7) is float32(1.0000000116860974e-07).

func main() {
	fmt.Println(float32(3.14), float32(1e-7), float32(16777216), float32(0.1), float32(1e-8))
	fmt.Println(float32(1.5e-7), float32(1e-6), float32(1e-5), float32(1e-4), float32(1e-45))
	fmt.Println(float32(1e20), float32(3e38), 1000000.5, 2.0000001, float32(2.0000001))
}
