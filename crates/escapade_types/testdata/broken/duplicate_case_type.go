// Mistake: the same type listed twice in a type switch.
package main

import "fmt"

func main() {
	var v any = 1
	switch v.(type) {
	case int:
		fmt.Println("int")
	case string, int:
		fmt.Println("string or int")
	}
}
