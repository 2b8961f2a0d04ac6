package main

type L struct{}

func (l L) Map[U](f func() U) U {
	return f()
}
