package main

type (
	F0 func()
	F1 func(int) int
	F2 func(a, b int) (sum int)
	F3 func(string, ...interface{}) (int, error)
	F4 func(func(int) bool) func() []int
	F5 func(int, string)
	F6 func(x int) (a, b int, err error)
)

var callbacks []func(ctx any) error

func apply(f func(int) int, xs ...int) {}
