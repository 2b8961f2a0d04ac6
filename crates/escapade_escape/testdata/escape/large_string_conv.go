// large_: byte conversion of a long constant string.
package main

const long = "0123456789012345678901234567890123456789"

func short() []byte {
	return []byte("ab")
}

func longLocal() int {
	b := []byte(long)
	b[0] = 'x'
	return len(b)
}

func main() {}
