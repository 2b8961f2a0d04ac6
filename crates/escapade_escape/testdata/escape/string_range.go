// string_: ranging over strings and over []byte(s) (no copy needed).
package main

func countA(s string) int {
	n := 0
	for _, r := range s {
		if r == 'a' {
			n++
		}
	}
	return n
}

func sumBytes(s string) int {
	t := 0
	for _, b := range []byte(s) {
		t += int(b)
	}
	return t
}

func main() {}
