// iterator functions with defer and nested loops over two sequences.
package main

import "fmt"

func pairs(yield func(int, int) bool) {
	defer fmt.Println("pairs done")
	for i := 1; i <= 3; i++ {
		if !yield(i, i*i) {
			return
		}
	}
}

func main() {
	for a, b := range pairs {
		for c := range 2 {
			if a == 2 && c == 1 {
				continue
			}
			fmt.Println(a, b, c)
		}
	}
	for a := range pairs {
		if a == 2 {
			break
		}
	}
}
