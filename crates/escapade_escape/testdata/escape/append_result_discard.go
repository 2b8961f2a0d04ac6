// append_: appends whose result is assigned to another variable or to a
// field of a local struct.
package main

type bag struct{ xs []int }

func other(s []int) int {
	t := append(s, 1)
	return len(t)
}

func field() int {
	var b bag
	b.xs = append(b.xs, 1, 2, 3)
	return len(b.xs)
}

func main() {}
