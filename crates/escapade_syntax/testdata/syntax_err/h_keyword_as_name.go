package main

func main() {
	var func int
}
