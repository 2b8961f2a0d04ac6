// uncaught: full slice expression with max beyond capacity.
package main

func main() {
	s := make([]byte, 2, 4)
	k := 8
	_ = s[0:1:k]
}
