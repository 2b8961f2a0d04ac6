// string_: []byte of a constant string: a constant-size allocation.
package p

func small() int {
	b := []byte("abc")
	b[0] = 'x'
	return len(b)
}

func smallRet() []byte {
	return []byte("hello")
}
