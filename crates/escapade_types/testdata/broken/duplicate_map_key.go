// Mistake: duplicate key in a map literal.
package main

import "fmt"

func main() {
	codes := map[string]int{
		"ok":       200,
		"notfound": 404,
		"ok":       201,
	}
	fmt.Println(codes)
}
