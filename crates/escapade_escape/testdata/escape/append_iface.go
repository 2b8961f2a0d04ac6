// append_: appending values to []any boxes each value.
package main

func collect(a int, b string) []any {
	var out []any
	out = append(out, a, b)
	return out
}

func collectLocal(a int) int {
	var out []any
	out = append(out, a)
	return len(out)
}

func main() {}
