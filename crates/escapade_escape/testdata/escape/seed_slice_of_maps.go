// seed_: []map[string]int — a slice of maps built, appended, returned.
package main

func records(n int) []map[string]int {
	var rs []map[string]int
	for i := 0; i < n; i++ {
		rs = append(rs, map[string]int{"id": i})
	}
	return rs
}

func countRecords(n int) int {
	rs := make([]map[string]int, 0, n)
	for i := 0; i < n; i++ {
		rs = append(rs, make(map[string]int))
	}
	return len(rs)
}

func main() {
	_ = records(2)
	_ = countRecords(2)
}
