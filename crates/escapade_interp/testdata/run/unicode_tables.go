// Go's unicode tables: predicates and case mappings beyond ASCII (Latin-1, Greek with final
// sigma, Cyrillic, Armenian, Georgian, Cherokee, titlecase digraphs, Turkish dotted/dotless i,
// Kelvin and Ångström signs, ß, fullwidth and mathematical letters, digits of other scripts,
// invalid runes), strings.ToUpper/ToLower/ToTitle/Title and EqualFold of non-ASCII text.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '9', ' ', '_', '$', '+', '!', 'é', 'É', 'ß', 'ẞ', 'ÿ', 'Ÿ', 'Σ', 'σ', 'ς',
		'Ж', 'ж', 'Ա', 'ա', 'Ⴀ', 'ⴀ', 'Ꭰ', 'ꭰ', 'ǅ', 'ǆ', 'Ǆ', 'İ', 'ı', 'K', 'Å', 'µ', 'Ｆ', 'ｆ',
		'𝐀', '٣', '٫', '½', 'Ⅻ', '\u00a0', '\u0085', '\u2028', '\u200b', '\u3000', '\u0301', '€',
		'©', '\x7f', '\u009f', '中', '𐐀', '𐐨', -1, 0x110000, 0xd800, unicode.ReplacementChar}
	for _, r := range runes {
		fmt.Printf("%U %t%t%t%t%t%t%t%t%t%t%t %U %U %U %U\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.IsMark(r), unicode.IsSymbol(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	for _, s := range []string{"ÀBC", "straße", "ΣΊΣΥΦΟΣ", "ǆemal", "İstanbul", "Ꭰꭰ", "ｆｕｌｌ", "mixed Ωmega ĳ"} {
		fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
	fmt.Println(strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("Straße", "STRASSE"),
		strings.EqualFold("ǆ", "ǅ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("é", "e"), strings.EqualFold("ab", "a"))
	for _, s := range []string{"hello wide world", "o'neil is_here a-b.c", "ǆemal éclair", "ßtraße", "3rd place", "αβγ δ"} {
		fmt.Println(strings.Title(s))
	}
	n := 0
	for r := rune(0); r < 0x3000; r++ {
		if unicode.IsLetter(r) && unicode.ToUpper(r) != r {
			n++
		}
	}
	fmt.Println(n)
}
