package main

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Tree[T interface{ Less(T) bool }] struct {
	root *T
}

type Set[T comparable] = map[T]struct{}

type Vec[T any] []T
