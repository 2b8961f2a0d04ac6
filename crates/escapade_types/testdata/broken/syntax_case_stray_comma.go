// Mistake (syntax): a type switch case list ends with a stray comma and the default clause is missing its colon.
package main

import "fmt"

func main() {
	var v any = 1
	switch v.(type) {
	case int, :
		fmt.Println("int")
	default
		fmt.Println("other")
	}
}
