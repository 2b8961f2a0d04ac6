// result_: returning a function result of another call (result-to-result
// flows).
package main

func mk() *int {
	v := 0
	return &v
}

func wrap() *int {
	return mk()
}

func wrapLocal() int {
	p := mk()
	return *p
}

func main() {}
