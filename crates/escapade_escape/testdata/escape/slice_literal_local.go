// slice_: slice literals used locally stay on the stack; returned or stored
// ones escape.
package main

var gs []int

func local() int {
	s := []int{1, 2, 3}
	return s[1]
}

func returned() []int {
	return []int{4, 5}
}

func stored() {
	gs = []int{6}
}

func emptyLit() int {
	s := []string{}
	return len(s)
}

func main() {}
