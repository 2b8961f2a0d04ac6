// Mistake: method receiver whose base type is a pointer type.
package main

import "fmt"

type IntPtr *int

func (p IntPtr) Get() int { return *p }

func main() {
	x := 1
	fmt.Println(IntPtr(&x))
}
