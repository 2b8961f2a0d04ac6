// Mistake: switch without default is not a terminating statement.
package main

import "fmt"

func name(d int) string {
	switch d {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
}

func main() {
	fmt.Println(name(1))
}
