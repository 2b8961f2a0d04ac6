// make_: []map[string]int (seed): the slice and each map get verdicts.
package main

func build(n int) []map[string]int {
	out := make([]map[string]int, n)
	for i := range out {
		out[i] = map[string]int{"i": i}
	}
	return out
}

func buildLocal() int {
	ms := []map[string]int{{"a": 1}, {"b": 2}}
	total := 0
	for _, m := range ms {
		total += len(m)
	}
	return total
}

func main() {
	_ = build(2)
	_ = buildLocal()
}
