// loop_: filling a map in a loop with addresses of per-iteration values.
package main

func index(xs []string) map[string]*int {
	m := make(map[string]*int)
	for i, x := range xs {
		m[x] = &i
	}
	return m
}

func main() {}
