// unicode classification and case mapping.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é\tΣ" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), string(unicode.ToUpper(r)))
	}
}
