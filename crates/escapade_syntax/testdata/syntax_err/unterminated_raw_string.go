package main

var s = `hello

func main() {}
