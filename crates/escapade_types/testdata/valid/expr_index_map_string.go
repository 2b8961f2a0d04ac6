// Covers: index expressions on arrays, slices, strings (bytes), maps, pointers to arrays; constant indices.
package main

import "fmt"

func main() {
	arr := [4]string{"a", "b", "c", "d"}
	sl := arr[1:]
	str := "hello"
	m := map[int]string{1: "one"}
	pa := &arr
	const k = 2
	fmt.Println(arr[k], sl[0], str[1], string(str[4]), m[1], m[2] == "", pa[3])
	b := str[0]
	fmt.Printf("%T %c\n", b, b)
	i := 3
	fmt.Println(arr[i%len(arr)], sl[len(sl)-1])
	grid := [][]rune{[]rune("ab"), []rune("cd")}
	fmt.Println(string(grid[1][0]))
	counts := map[string][]int{}
	counts["x"] = append(counts["x"], 1)
	fmt.Println(counts["x"][0])
}
