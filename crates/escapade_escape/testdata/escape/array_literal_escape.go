// array_: array literals are values (never reported) unless converted to
// an interface or addressed.
package main

var sink any
var sinkArr *[3]int

func boxed() {
	sink = [3]int{1, 2, 3}
}

func addressed() {
	sinkArr = &[3]int{4, 5, 6}
}

func plain() int {
	a := [3]int{7, 8, 9}
	return a[0]
}

func main() {}
