// fmt sorts keys of every kind: ints, negative ints, floats, strings, bools, arrays.
package main

import "fmt"

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0.1: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"})
	fmt.Printf("%v|%+v|%#v\n", map[string]int{"b": 2, "a": 1}, map[string]int{"k": 1}, map[string]int{"b": 2, "a": 1})
	fmt.Println(map[rune]int{'b': 1, 'a': 2}, map[uint8]int{200: 1, 3: 2})
}
