// type assertions with comma-ok, on concrete and interface types.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return "id" + strconv.Itoa(int(i)) }

func main() {
	var v any = 42
	n, ok := v.(int)
	s, ok2 := v.(string)
	fmt.Println(n, ok, s == "", ok2)
	v = ID(7)
	if st, ok := v.(Stringer); ok {
		fmt.Println(st.String())
	}
	_, isInt := v.(int)
	fmt.Println(isInt, v)
}
