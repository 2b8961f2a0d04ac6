// Mistake: type switch variable declared and not used in any clause.
package main

import "fmt"

func kind(v any) string {
	switch x := v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return fmt.Sprint("other")
}

func main() { fmt.Println(kind(1)) }
