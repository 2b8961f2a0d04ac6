// Covers: struct and array equality, assignment copies, zero-value comparison, empty struct values.
package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func main() {
	a := Version{1, 2, 3}
	b := a
	b.Patch = 4
	fmt.Println(a == b, a.Less(b), b.Less(a), a == Version{1, 2, 3})
	var zero Version
	fmt.Println(zero == Version{})
	set := map[string]struct{}{"x": {}}
	_, ok := set["x"]
	fmt.Println(ok, struct{}{} == struct{}{})
	arrs := [2][2]int{{1, 2}, {3, 4}}
	cp := arrs
	cp[0][0] = 9
	fmt.Println(arrs[0][0], cp == arrs)
}
