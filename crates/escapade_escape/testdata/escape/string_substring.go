// string_: substrings share the backing bytes: the parameter flows to the
// result.
package main

var keep string

func prefix(s string) string {
	return s[:3]
}

func store(s string) {
	keep = s[1:]
}

func firstByte(s string) byte {
	return s[0]
}

func main() {}
