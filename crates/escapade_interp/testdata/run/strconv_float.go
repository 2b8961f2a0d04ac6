// strconv.ParseFloat and FormatFloat with formats, precisions and bit sizes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "0x1p-2", "1e400", "abc", "1_000.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32))
	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'e', -1, 64), strconv.FormatFloat(x, 'g', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(-1e21, 'G', -1, 64))
}
