// Floating-point accumulation error, printed with shortest and fixed formats.
package main

import "fmt"

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Printf("%.20f\n", sum)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32)
	x := 1e16
	fmt.Println(x+1, x+2, (x+1)-x)
}
