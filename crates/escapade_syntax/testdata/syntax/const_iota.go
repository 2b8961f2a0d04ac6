package main

const Pi = 3.14159

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
)

const x, y = 1, "two"

const (
	a, b = iota, iota * 10
	c, d
)
