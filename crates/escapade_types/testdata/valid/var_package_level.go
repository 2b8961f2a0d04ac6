// Covers: package-level var/const/type declarations in groups, blank var, var with multiple names and types.
package main

import "fmt"

var (
	version    = "1.0"
	maxRetries int
	x, y, z    = 1, "two", 3.0
	_          = register("side-effect")
	registry   []string
)

var ratio, scale float32 = 0.5, 2

type (
	ID   int
	Name string
)

func register(s string) int {
	registry = append(registry, s)
	return len(registry)
}

func main() {
	maxRetries = 3
	fmt.Println(version, maxRetries, x, y, z, registry)
	fmt.Println(ratio*scale, ID(7), Name("n"))
}
