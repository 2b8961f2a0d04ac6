package main

type L struct{}

func (l L) Map[U any] U {
	var u U
	return u
}
