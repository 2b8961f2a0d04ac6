// Mistake: continue to a label that labels a switch, not a loop.
package main

import "fmt"

func main() {
	x := 1
sw:
	switch x {
	case 1:
		for i := 0; i < 2; i++ {
			if i == 1 {
				continue sw
			}
			fmt.Println(i)
		}
	}
}
