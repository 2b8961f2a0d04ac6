// slice_: element swaps and in-place writes through slice parameters.
package main

func swap(s []*int, i, j int) {
	s[i], s[j] = s[j], s[i]
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func setFirst(s []*int, v *int) {
	s[0] = v
}

func main() {}
