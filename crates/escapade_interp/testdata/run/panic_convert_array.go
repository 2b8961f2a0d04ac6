// uncaught: converting a slice to an array longer than the slice.
package main

func main() {
	s := []int{1, 2}
	a := [4]int(s)
	_ = a
}
