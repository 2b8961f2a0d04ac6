// Covers: generic function types, generic struct with func fields, passing generic functions after instantiation.
package main

import (
	"fmt"
	"strings"
)

type Mapper[T, U any] func(T) U

type Pipeline[T any] struct {
	steps []func(T) T
}

func (p *Pipeline[T]) Then(f func(T) T) *Pipeline[T] {
	p.steps = append(p.steps, f)
	return p
}

func (p *Pipeline[T]) Run(v T) T {
	for _, s := range p.steps {
		v = s(v)
	}
	return v
}

func Compose[A, B, C any](f Mapper[A, B], g Mapper[B, C]) Mapper[A, C] {
	return func(a A) C { return g(f(a)) }
}

func main() {
	p := &Pipeline[string]{}
	res := p.Then(strings.TrimSpace).Then(strings.ToUpper).Then(func(s string) string { return s + "!" }).Run("  hi ")
	fmt.Println(res)
	length := Compose(Mapper[string, string](strings.TrimSpace), func(s string) int { return len(s) })
	fmt.Println(length("  four "))
}
