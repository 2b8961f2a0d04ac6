// constants and iota: skipped values, expressions, typed and untyped constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge, 'a'+1, "s"+"t")
	fmt.Printf("%T %T\n", Monday, 1<<3)
}
