package main

type L struct{}

func (l L) Map[U any,, V any](f func() U) U {
	return f()
}
