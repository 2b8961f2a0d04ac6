// range_: range over a string and over a converted []rune.
package main

func vowels(s string) int {
	n := 0
	for _, r := range []rune(s) {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func index(s string, c rune) int {
	for i, r := range s {
		if r == c {
			return i
		}
	}
	return -1
}

func main() {}
