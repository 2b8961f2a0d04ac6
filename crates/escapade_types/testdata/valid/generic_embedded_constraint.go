// Covers: constraint interfaces embedding other constraints, type sets intersection, generic methods using constraint ops.
package main

import "fmt"

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}
type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}
type Integer interface {
	Signed | Unsigned
}

type Vec[T Integer] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func Gcd[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	fmt.Println(Vec[int]{1, 2, 3}.Dot(Vec[int]{4, 5, 6}))
	fmt.Println(Gcd(48, 18), Gcd(uint8(21), uint8(14)), Gcd[int64](100, 75))
	v := Vec[uint16]{2, 3}
	fmt.Println(v.Dot(v))
}
