// string_: conversions inside loops: each iteration's conversion is a
// separate allocation site.
package main

func upper(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		b := []byte(w)
		for j := range b {
			b[j] -= 32
		}
		out[i] = string(b)
	}
	return out
}

func main() {}
