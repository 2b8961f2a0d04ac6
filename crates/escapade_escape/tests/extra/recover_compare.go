package main

import "fmt"

func safe(f func()) {
	defer func() {
		fmt.Println("recovered:", recover() != nil, nil == recover())
	}()
	f()
}

func main() {
	safe(func() { panic("x") })
}
