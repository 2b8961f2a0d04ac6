// Covers: string and rune constants, constant len of string constants, constant indexing is not constant.
package main

import "fmt"

const hello = "héllo"
const n = len(hello) // constant: byte length
const r = 'é'

var arr [n]byte

func main() {
	fmt.Println(n, len(arr))
	fmt.Println(string(r), r)
	fmt.Println(hello[1], hello[1:3])
	const joined = hello + ", " + "world"
	fmt.Println(joined)
	fmt.Println(len([3]int{}), cap([5]string{}))
}
