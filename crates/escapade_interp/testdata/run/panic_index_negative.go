// uncaught: a negative index reports only the index.
package main

func main() {
	s := make([]string, 4)
	i := -2
	_ = s[i+0]
}
