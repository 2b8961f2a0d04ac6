// map[string]int vs map[interface{}]interface{}. Compare with
// `go build -gcflags='-m -l'`.
package main

import "fmt"

// Concrete key and value types: the map does not escape and nothing is
// boxed. The strings stored as keys are reported as
// "leaking param content: words".
func countWords(words []string) int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

// The same counting with interface keys and values: each key and value is
// converted to an interface, and gc reports those conversions as escaping
// to heap, while the map itself still does not escape.
func countAny(words []string) int {
	m := make(map[interface{}]interface{})
	for i, w := range words {
		m[w] = i
	}
	return len(m)
}

// A map literal of interfaces: the elements are boxed too.
func literal() int {
	m := map[interface{}]interface{}{"a": 1, 2: "b"}
	return len(m)
}

func main() {
	ws := []string{"a", "b", "a"}
	fmt.Println(countWords(ws), countAny(ws), literal())
}
