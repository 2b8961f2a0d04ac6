package main

func main() {
	s := "\z"
	_ = s
}
