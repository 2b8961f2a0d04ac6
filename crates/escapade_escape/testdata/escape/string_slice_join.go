// string_: hand-written join over []string: += keeps a reference to the
// parameter contents (leaking to result).
package main

func join(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	r := parts[0]
	for _, p := range parts[1:] {
		r += sep + p
	}
	return r
}

func main() {}
