// seed_: pointers into slice elements returned from functions.
package main

type row struct{ v int }

func find(rows []row, v int) *row {
	for i := range rows {
		if rows[i].v == v {
			return &rows[i]
		}
	}
	return nil
}

func bump(v int) int {
	rows := []row{{1}, {2}}
	if r := find(rows, v); r != nil {
		r.v++
	}
	return rows[0].v
}

func main() {
	_ = bump(1)
}
