// std_: fmt.Println boxes each argument (x escapes to heap) while the
// ... argument slice itself does not escape.
package main

import "fmt"

func show(n int, s string, p *int) {
	fmt.Println(n, s, p)
}

func showLocal() {
	x := 1
	fmt.Println(x, &x)
}

func main() {
	v := 3
	show(1, "a", &v)
	showLocal()
}
