// Covers: roman numeral conversion both ways: parallel arrays, maps of runes, loops with subtraction rules.
package main

import (
	"fmt"
	"strings"
)

var values = [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	val := map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v := val[rune(s[i])]
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

func main() {
	for _, n := range []int{4, 9, 14, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Println(n, r, fromRoman(r))
	}
}
