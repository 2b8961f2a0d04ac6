// conv_: converting arrays and array pointers to slices.
package main

func view(a *[4]int) []int {
	return a[:]
}

func localView() int {
	a := [4]int{1, 2, 3, 4}
	s := a[1:]
	return s[0]
}

func retView() []int {
	a := [4]int{1, 2, 3, 4}
	return a[:]
}

func main() {}
