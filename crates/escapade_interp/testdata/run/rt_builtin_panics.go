// Covers: run-time panics of builtins and std recovered and printed: makeslice with a negative
// or too large length or capacity (also a length above the capacity), strings.Repeat with a
// negative count or an overflowing length (also bytes.Repeat); min/max of floats with NaN
// (the NaN's bits) and signed zeros; sorting floats
// holding NaNs (slices.Sort, sort.Float64s) and checking order (slices.IsSorted of signed and
// unsigned integers, strings and floats; sort.Float64sAreSorted).
package main

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (error %v)\n", name, r, isErr)
		if isErr {
			fmt.Printf("  %T %q\n", err, err.Error())
		}
	}()
	f()
}

func main() {
	n := -1
	big := 1 << 62
	huge := 1<<45 + 1
	var keep [][]int
	try("len negative", func() { keep = append(keep, make([]int, n)) })
	try("cap negative", func() { keep = append(keep, make([]int, 0, n)) })
	try("len above cap", func() { keep = append(keep, make([]int, 5, n+3)) })
	try("len huge", func() { keep = append(keep, make([]int, big)) })
	try("cap huge", func() { keep = append(keep, make([]int, 1, big)) })
	try("cap over 2^48 bytes", func() { keep = append(keep, make([]int, 0, huge)) })
	try("bytes huge", func() { _ = make([]byte, big) })
	try("divide", func() { fmt.Println(1 / (n + 1)) })
	try("panic nil", func() { panic(nil) })
	try("both negative", func() { _ = make([]string, n, n) })
	try("fine", func() { keep = append(keep, make([]int, 2, 3)) })
	fmt.Println(len(keep), cap(keep[0]))
	try("repeat negative", func() { _ = strings.Repeat("ab", n) })
	try("repeat zero", func() { fmt.Printf("%q\n", strings.Repeat("ab", n+1)) })
	try("repeat overflow", func() { _ = strings.Repeat("ab", big) })
	try("repeat empty huge", func() { fmt.Println(len(strings.Repeat("", big))) })
	try("bytes repeat negative", func() { _ = bytes.Repeat([]byte("ab"), n) })
	try("bytes repeat overflow", func() { _ = bytes.Repeat([]byte("ab"), big) })
	try("bytes repeat zero", func() { fmt.Println(bytes.Repeat([]byte("ab"), 0) == nil) })

	nan := math.NaN()
	one := 1.0
	z := 0.0
	nz := math.Copysign(0, -1)
	fmt.Println(min(one, nan), min(nan, one), max(one, nan, 3), max(nan, one), min(one, 2, 0.5))
	fmt.Println(math.Signbit(min(z, nz)), math.Signbit(min(nz, z)), math.Signbit(max(z, nz)), math.Signbit(max(nz, z)))
	a := math.Float64frombits(0x7ff8000000000001)
	b := math.Float64frombits(0xfff8000000000002)
	for _, p := range [][2]float64{{a, b}, {b, a}, {a, 1}, {b, 1}, {b, -1}, {nz, b}, {b, math.Inf(-1)}} {
		fmt.Printf("%x %x\n", math.Float64bits(min(p[0], p[1])), math.Float64bits(max(p[0], p[1])))
	}
	fmt.Printf("%x\n", math.Float64bits(max(a, one, b, -2)))

	xs := []float64{3, nan, 1, math.Inf(-1), nan, 2, math.Inf(1), -5}
	slices.Sort(xs)
	fmt.Println(xs)
	ys := []float64{nan, 0.5, nan, -1, 7, nan}
	sort.Float64s(ys)
	fmt.Println(ys, sort.Float64sAreSorted(ys), slices.IsSorted(ys), slices.IsSorted(xs))
	fmt.Println(slices.IsSorted([]float64{-1, nan}), sort.Float64sAreSorted([]float64{1, nan}))
	fmt.Println(slices.IsSorted([]uint64{1, math.MaxUint64}), slices.IsSorted([]uint8{200, 3}), slices.IsSorted([]int8{-3, 5}))
	fmt.Println(slices.IsSorted([]string{"a", "b", "b"}), slices.IsSorted([]int{2, 1}), slices.IsSorted([]int{}))
}
