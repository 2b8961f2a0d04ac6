// Mistake: appending a one-character string to a []byte as if it were a byte.
package main

import "fmt"

func main() {
	buf := []byte("ab")
	buf = append(buf, "c")
	fmt.Println(string(buf))
}
