package main

import "io"

type Empty interface{}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type ReadCloser interface {
	io.Reader
	Close() error
}

type WithVariadic interface {
	Printf(format string, args ...any) (n int, err error)
	Chan() <-chan int
}

type Constraint interface {
	comparable
	~string | fmt
	String() string
}

type fmt interface{ Format() }

type Generic[T any] interface {
	Get() T
	Set(T)
}

var _ interface{ M() } = nil
