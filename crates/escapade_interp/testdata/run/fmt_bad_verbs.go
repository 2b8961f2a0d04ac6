// fmt's error annotations: wrong verb, missing and extra arguments, nil values.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%s %v %d\n", nil, nil, []any{nil})
	fmt.Println(fmt.Sprintf("%t", 1))
}
