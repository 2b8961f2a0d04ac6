// Mistake: comparing a string byte with a rune variable.
package main

import "fmt"

func main() {
	s := "hello"
	var target rune = 'l'
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == target {
			count++
		}
	}
	fmt.Println(count)
}
