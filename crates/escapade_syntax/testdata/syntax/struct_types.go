package main

import (
	"io"
	"sync"
)

type Base struct{ ID int }

type Named struct {
	Base
	*sync.Mutex
	io.Reader
	name, alias string
	Age         int    `json:"age,omitempty"`
	Raw         []byte `json:"-" xml:"raw"`
	Tagged      string "plain-tag"
	next        *Named
	fn          func(int) bool
	anon        struct {
		x, y float64
	}
	_ int
}

type Empty struct{}

type Generic[T any] struct {
	List[T]
	*Box[T]
}

type List[T any] []T
type Box[T any] struct{ v T }
