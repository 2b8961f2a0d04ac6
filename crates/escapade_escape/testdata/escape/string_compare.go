// string_: comparisons with converted byte slices do not allocate
// (string(b) == s).
package main

func eq(b []byte, s string) bool {
	return string(b) == s
}

func concatCompare(a, b, c string) bool {
	return a+b == c
}

func switchOnBytes(b []byte) int {
	switch string(b) {
	case "one":
		return 1
	case "two":
		return 2
	}
	return 0
}

func main() {}
