// uncaught: slicing a string beyond its length.
package main

func main() {
	s := "hello"
	j := 9
	_ = s[2:j]
}
