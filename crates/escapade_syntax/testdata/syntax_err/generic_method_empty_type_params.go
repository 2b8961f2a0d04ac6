package main

type L struct{}

func (l L) Map[](f func() int) int {
	return f()
}
