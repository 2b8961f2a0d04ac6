// Covers: iterative and recursive binary search, generic version with cmp.Ordered, comparison with sort.SearchInts.
package main

import (
	"cmp"
	"fmt"
	"sort"
)

func bsearch(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func bsearchRec[T cmp.Ordered](xs []T, target T, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := (lo + hi) / 2
	if xs[mid] == target {
		return mid
	} else if xs[mid] < target {
		return bsearchRec(xs, target, mid+1, hi)
	}
	return bsearchRec(xs, target, lo, mid-1)
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{7, 4, 1, 11} {
		fmt.Println(t, bsearch(xs, t), bsearchRec(xs, t, 0, len(xs)-1), sort.SearchInts(xs, t))
	}
	words := []string{"ant", "bee", "cat"}
	fmt.Println(bsearchRec(words, "cat", 0, len(words)-1))
}
