// seed_: string building: += in a loop, a []byte buffer, and a slice join.
package main

func plus(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

func viaBytes(xs []string) string {
	var b []byte
	for _, x := range xs {
		b = append(b, x...)
	}
	return string(b)
}

func main() {
	xs := []string{"a", "b"}
	_ = plus(xs)
	_ = viaBytes(xs)
}
