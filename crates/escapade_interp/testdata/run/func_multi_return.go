// multiple return values, named results, blank identifier, variadic functions.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	q, r := divmod(17, 5)
	_, r2 := divmod(9, 4)
	fmt.Println(q, r, r2)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	f := fmt.Sprintf
	fmt.Println(f("%d-%d", q, r))
}
