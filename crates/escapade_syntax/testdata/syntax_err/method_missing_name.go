package main

type T struct{}

func (t T) () {}
