// Mistake: method has the wrong signature for the interface.
package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() int { return int(i) }

func main() {
	var s Stringer = ID(4)
	fmt.Println(s)
}
