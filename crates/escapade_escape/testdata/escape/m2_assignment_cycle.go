// m2_: an assignment cycle (a = b; b = &a) makes the -m=2 explanation walk
// loop: gc prints "truncated explanation due to assignment cycle".
package main

var sink any

func cycle() {
	var a, b any
	a = b
	b = &a
	sink = a
}

func cyclePtr() {
	var x, y any
	for i := 0; i < 2; i++ {
		x = y
		y = &x
	}
	sink = x
}

func main() {}
