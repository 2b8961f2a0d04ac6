// width and precision from arguments (*), and explicit argument indexes.
package main

import "fmt"

func main() {
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s\n", "dup")
	fmt.Printf("[%*s]\n", -8, "left")
	fmt.Printf("%6.2f|%6.2f|%6.2f\n", 1.0, 10.555, -0.005)
}
