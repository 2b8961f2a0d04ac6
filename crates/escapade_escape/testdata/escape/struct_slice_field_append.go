// struct_: appending into a slice field of a value-receiver copy.
package main

type list struct{ xs []int }

func (l list) with(v int) list {
	l.xs = append(l.xs, v)
	return l
}

func use() int {
	var l list
	l = l.with(1).with(2)
	return len(l.xs)
}

func main() {}
