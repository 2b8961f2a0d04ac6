// Covers: expression switch, tagless switch, init statement, multiple values per case, fallthrough, default placement.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	fmt.Println(kind('e'), kind(' '), kind('z'))
	switch x := 5; x {
	default:
		fmt.Println("default")
	case 4:
		fmt.Println("four")
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
}
