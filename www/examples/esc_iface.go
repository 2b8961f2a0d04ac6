// Interface boxing: passing values to fmt.Println converts them to `any`,
// and fmt's ...any arguments escape. Compare with `go build -gcflags='-m -l'`.
package main

import "fmt"

type point struct{ x, y int }

// Each argument is converted to an interface that escapes: "x escapes to
// heap", "p escapes to heap". The ... slice holding them does not escape.
func show(x int, p point) {
	fmt.Println(x, p)
}

// Converting to an interface that stays local does not escape.
func describe(p point) string {
	var v any = p
	if _, ok := v.(point); ok {
		return "point"
	}
	return "other"
}

// Keeping the value behind an interface in a global makes it escape.
var last any

func remember(p point) {
	last = p
}

func main() {
	p := point{1, 2}
	show(3, p)
	remember(p)
	fmt.Println(describe(p))
}
