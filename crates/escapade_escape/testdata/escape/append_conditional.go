// append_: append on some paths only; the slice may be returned.
package main

func maybe(s []string, c bool, v string) []string {
	if c {
		s = append(s, v)
	}
	return s
}

func filter(s []string, keep func(string) bool) []string {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {}
