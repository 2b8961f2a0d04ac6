// printing values that contain pointers to structs at top level vs nested.
package main

import "fmt"

type T struct{ N int }

func main() {
	p := &T{1}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println([]T{{1}, {2}})
	var np *T
	fmt.Println(np)
	fmt.Printf("%v %+v %s\n", np, np, np)
	var e error
	fmt.Println(e)
}
