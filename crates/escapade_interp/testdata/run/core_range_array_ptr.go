// range over a pointer to an array reads each element as it goes (no copy), also for a (*[N]T)(s) window.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr
	for i, v := range p {
		if i == 0 {
			arr[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	w := (*[3]int)(s)
	for i, v := range w {
		if i == 0 {
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range *w {
		if i == 0 {
			s[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println(w[2], len(w))
}
