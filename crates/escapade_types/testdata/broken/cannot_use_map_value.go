// Mistake: storing an int into a map of strings.
package main

import "fmt"

func main() {
	labels := map[string]string{}
	labels["count"] = 3
	fmt.Println(labels)
}
