// slice_: []string built from parameters: strings point to bytes, so the
// parameters leak into the returned slice.
package main

func pair(a, b string) []string {
	return []string{a, b}
}

func pairLen(a, b string) int {
	s := []string{a, b}
	return len(s[0]) + len(s[1])
}

func join3(a, b, c string) string {
	parts := []string{a, b, c}
	r := ""
	for _, p := range parts {
		r += p
	}
	return r
}

func main() {}
