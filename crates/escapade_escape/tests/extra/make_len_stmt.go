// go1.27 rewrites a make size whose static value is the length of a slice literal; the
// statement around the make prints the rewritten size too (`results := make([]int, 3)`).
package main

var sink []int

func a() {
	inputs := []int{1, 2, 3}
	results := make([]int, len(inputs))
	sink = results
}

func b() {
	inputs := []int{1, 2, 3}
	results := make([]int, len(inputs))
	for i, n := range inputs {
		results[i] = n
	}
	sink = results
}

func c() {
	inputs := []int{1, 2, 3}
	results := make([]int, len(inputs))
	for i := range inputs {
		go func() { results[i] = 1 }()
	}
}

func main() {}
