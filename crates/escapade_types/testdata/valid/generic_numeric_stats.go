// Covers: generic numeric algorithms over ~int/~float types, conversions T->float64, named numeric types.
package main

import "fmt"

type Real interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Cents int64

func Mean[T Real](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var total T
	for _, x := range xs {
		total += x
	}
	return float64(total) / float64(len(xs))
}

func Clamp[T Real](v, lo, hi T) T { return max(lo, min(v, hi)) }

func Abs[T Real](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func main() {
	fmt.Println(Mean([]int{1, 2, 3, 4}), Mean([]float32{0.5, 1.5}), Mean([]Cents{100, 250}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp[Cents](5, 1, 9))
	fmt.Println(Abs(-3), Abs(int32(-7)), Abs(Cents(-99)))
}
