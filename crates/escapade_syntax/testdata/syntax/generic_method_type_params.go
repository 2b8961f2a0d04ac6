package main

// Methods with their own type parameters (Go 1.27).

type Number interface{ ~int | ~int64 | ~float64 }

type Seq[T any] struct{ items []T }

func (s Seq[T]) Map[U any](f func(T) U) Seq[U] {
	out := make([]U, 0, len(s.items))
	for _, v := range s.items {
		out = append(out, f(v))
	}
	return Seq[U]{out}
}

func (s *Seq[T]) Sum[N Number, S interface{ ~string }](conv func(T) N, _ S) (total N) {
	for _, v := range s.items {
		total += conv(v)
	}
	return
}

type Pair struct{}

func (Pair) Of[A, B any, C comparable](a A, b B, _ C) (A, B) { return a, b }

func (p Pair) Lines[
	K comparable, // keys
	V any,
](m map[K]V) int {
	return len(m)
}

func main() {
	s := Seq[int]{[]int{1, 2}}
	_ = s.Map[string](func(i int) string { return "x" })
	_ = s.Map(func(i int) float64 { return float64(i) })
	m := Seq[int].Map[int8]
	_ = m(s, func(i int) int8 { return int8(i) })
	_ = (*Seq[int]).Sum[int, string](&s, func(i int) int { return i }, "")
	sum := (*Seq[int]).Sum[int64, string]
	_ = sum(&s, func(i int) int64 { return int64(i) }, "")
	of := Pair{}.Of[int, string, float64]
	_, _ = of(1, "s", 2.5)
	_, _ = Pair{}.Of(1, "x", 2.5)
	_ = Pair.Lines[string, int](Pair{}, map[string]int{"a": 1})
}
