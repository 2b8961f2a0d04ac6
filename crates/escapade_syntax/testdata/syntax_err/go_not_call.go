package main

func main() {
	f := func() {}
	go f
}
