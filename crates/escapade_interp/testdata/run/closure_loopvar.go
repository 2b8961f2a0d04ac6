// since Go 1.22 each loop iteration has its own variable, so closures see distinct values.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b"} {
		gs = append(gs, func() string { return s })
	}
	fmt.Println(gs[0](), gs[1]())
}
