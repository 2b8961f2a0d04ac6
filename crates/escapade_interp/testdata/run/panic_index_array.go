// uncaught: index out of range on an array with a variable index.
package main

func main() {
	var a [4]int
	for i := 0; i <= 4; i++ {
		a[i] = i
	}
}
