// Covers: common string exercises: reverse by runes, palindrome check, anagram check, capitalize words.
package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	return string(clean) == reverse(string(clean))
}

func isAnagram(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	slices.Sort(ra)
	slices.Sort(rb)
	return string(ra) == string(rb)
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func main() {
	fmt.Println(reverse("Hello, 世界"))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("gopher"))
	fmt.Println(isAnagram("listen", "silent"), isAnagram("go", "og!"))
	fmt.Println(capitalize("the go programming language"))
}
