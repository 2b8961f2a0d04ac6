// switch_: type switch case variables holding pointers that escape
// (switch case note in -m=2).
package main

var sinkS *[]int
var sinkM map[string]int

func route(x any) {
	switch v := x.(type) {
	case *[]int:
		sinkS = v
	case map[string]int:
		sinkM = v
	}
}

func main() {}
