// Covers: strconv.ParseInt/ParseUint underscores (base 0 only: between digits or after a
// 0b/0o/0x prefix; checked after the digits, so a range error comes first), with base 10 and
// bit sizes 8/32/64.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x_1F", "0x1_F", "1_000", "_1", "1__0", "0b_101", "0o_17", "017", "0_17", "0x_", "1_", "0x1F_", "0_", "0__1", "-0x_1f", "+1_0", "-_1", "0X_A_b", "0B1_1", "0O7_7", "9_223_372_036_854_775_808", "18_446_744_073_709_551_616", "1_8446744073709551616_", "0x_8000_0000_0000_0000", "0_8", "08", "0_x1", "1_a", "0b_2", "1_2_3"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(s, u, err)
		w, err := strconv.ParseInt(s, 10, 32)
		fmt.Println(s, w, err)
		x, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(s, x, err)
	}
}
