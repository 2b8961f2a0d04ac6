// Slicing addressable arrays: the slice shares the array's storage (writes, copy, append within
// capacity, sort, pointers to elements, reassignment of the array), arrays in structs, in slice
// elements and through pointers, three-index slices, element addresses compared across the array
// and its slices, and a bounds panic reported 'with length'.
package main

import (
	"fmt"
	"slices"
	"sort"
)

type Grid struct {
	cells [2][3]int
	name  string
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v + i
	}
}

func main() {
	arr := [5]int{5, 4, 3, 2, 1}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 40
	fmt.Println(arr)
	copy(arr[:], arr[1:])
	fmt.Println(arr, s)
	copy(arr[2:], arr[:])
	fmt.Println(arr)
	t := append(s, 99)
	fmt.Println(arr, t, len(t), cap(t))
	t = append(t, 100)
	t[0] = -1
	fmt.Println(arr, t, cap(t))
	sort.Ints(arr[:])
	fmt.Println(arr, s)
	slices.Reverse(arr[:])
	fmt.Println(arr)
	p := &s[1]
	*p = 77
	fmt.Println(arr)
	arr = [5]int{1, 1, 1, 1, 1}
	fmt.Println(s, *p)
	var g Grid
	fill(g.cells[1][:], 10)
	gp := &g
	fill(gp.cells[0][1:], 20)
	fmt.Println(g)
	rows := make([][3]int, 2)
	fill(rows[1][:2], 7)
	fmt.Println(rows)
	b := arr
	bs := b[:]
	bs[0] = 9
	fmt.Println(arr, b)
	ap := &arr
	ps := ap[2:]
	ps[0] = 8
	fmt.Println(arr, len(ps), cap(ps))
	var bytes [4]byte
	n := copy(bytes[:], "hey!")
	fmt.Println(n, string(bytes[:]), bytes[1:3])
	for i, v := range arr[1:3] {
		arr[i+2] = v * 10
	}
	fmt.Println(arr)
	fmt.Println(slices.Index(arr[:], 10), slices.Contains(arr[:], 8))
	u := arr[1:2:3]
	fmt.Println(len(u), cap(u))
	u = append(u, 5)
	fmt.Println(arr)
	u = append(u, 6)
	u[0] = 0
	fmt.Println(arr, u)
	// Element addresses through a slice are addresses inside the array.
	arr2 := [4]int{1, 2, 3, 4}
	s2 := arr2[1:]
	t2 := s2[1:]
	fmt.Println(&arr2[1] == &s2[0], &s2[1] == &t2[0], &arr2[3] == &t2[1], &arr2[0] == &s2[0])
	var g2 Grid
	gs := g2.cells[1][:]
	gp2 := &g2.cells[1][2]
	*gp2 = 9
	fmt.Println(gp2 == &gs[2], gs, &rows[1][0] == &rows[1][:][0])
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 6
	fmt.Println(arr[2:k])
}
