// Conversions between integers and floats truncate toward zero.
package main

import "fmt"

func main() {
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int64(2.5e9), uint8(f*50))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	fmt.Println(int(float32(16777217)))
	var u uint64 = 1<<63 + 1
	fmt.Println(float64(u))
}
