// Mistake: indexing a map with the wrong key type.
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 3}
	fmt.Println(ages[1])
}
