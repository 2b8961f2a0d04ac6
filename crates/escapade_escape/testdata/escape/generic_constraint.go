// generic_: type sets with ~int | ~float64 and a generic Sum.
package main

type number interface{ ~int | ~int64 | ~float64 }

func Sum[T number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type meters float64

func total() meters {
	ms := []meters{1, 2}
	return Sum(ms)
}

func main() {}
