// Covers: forward goto skipping no variable declarations, labels on blocks, retry loops with goto.
package main

import "fmt"

func parse(s string) (n int, ok bool) {
	if len(s) == 0 {
		goto fail
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			goto fail
		}
		n = n*10 + int(c-'0')
	}
	return n, true
fail:
	return 0, false
}

func main() {
	fmt.Println(parse("123"))
	fmt.Println(parse("1x3"))
	fmt.Println(parse(""))
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		goto retry
	}
	fmt.Println(attempts)
}
