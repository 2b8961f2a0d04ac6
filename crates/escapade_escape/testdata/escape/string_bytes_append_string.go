// string_: building a string by appending bytes then converting once.
package main

func build(xs []string) string {
	var b []byte
	for _, x := range xs {
		b = append(b, x...)
		b = append(b, ',')
	}
	return string(b)
}

func main() {}
