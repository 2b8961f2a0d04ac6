// param_: several results: leaks name each result (~r0, ~r1 or the
// declared name).
package main

func split(a, b *int) (*int, *int) { return b, a }

func named(a *int) (x, y *int) {
	x = a
	return x, nil
}

func mixed(s []byte) (n int, rest []byte) {
	return len(s), s[1:]
}

func main() {}
