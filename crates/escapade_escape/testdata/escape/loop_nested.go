// loop_: nested loops: allocations at depth 2 stored at depth 1.
package main

func rows(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		var row []*int
		for j := 0; j < n; j++ {
			v := j
			row = append(row, &v)
		}
		t += len(row)
	}
	return t
}

func main() {}
