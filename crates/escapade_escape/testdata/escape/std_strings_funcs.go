// std_: strings.Split / Join / TrimSpace / Contains summaries.
package main

import "strings"

func words(s string) []string {
	return strings.Split(strings.TrimSpace(s), " ")
}

func has(s, sub string) bool {
	return strings.Contains(s, sub)
}

func csv(xs []string) string {
	return strings.Join(xs, ",")
}

func main() {
	_ = words(" a b ")
	_ = has("abc", "b")
	_ = csv([]string{"x"})
}
