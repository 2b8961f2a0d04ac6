// string_: []byte of a constant string: a constant-size allocation.
package main

func small() int {
	b := []byte("abc")
	b[0] = 'x'
	return len(b)
}

func smallRet() []byte {
	return []byte("hello")
}

func main() {}
