// string_: conversions between strings and rune slices, and string(rune).
package main

func runes(s string) []rune {
	return []rune(s)
}

func runeCount(s string) int {
	r := []rune(s)
	return len(r)
}

func fromRunes(r []rune) string {
	return string(r)
}

func single(r rune) string {
	return string(r)
}

func main() {}
