// The runtime's println of float64 (stderr, checked through the exit status), Duration
// Round/Truncate, utf8.FullRune, slices.Equal/Concat, maps.Equal, bytes.Count.
package main

import (
	"bytes"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"time"
	"unicode/utf8"
)

func main() {
	println(1.0, -2.5, 0.1, 1e100, 123456789.0, 1e-310, math.Inf(1), math.NaN())
	var z float64
	println(z, -z, 9.9999999, 0.00012345678)
	d := 1234567891 * time.Nanosecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Hour), (-d).Round(time.Second), d.Round(0))
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRune([]byte{0xe2, 0x82, 0xac}), utf8.FullRune([]byte{0xff}), utf8.FullRuneInString("\xf0\x9f"))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}), slices.Equal([]string{}, nil))
	c := slices.Concat([]int{1, 2}, nil, []int{3, 4, 5})
	fmt.Println(c, len(c), cap(c))
	m1 := map[string]int{"a": 1, "b": 2}
	m2 := map[string]int{"b": 2, "a": 1}
	fmt.Println(maps.Equal(m1, m2), maps.Equal(m1, map[string]int{"a": 1, "b": 3}), maps.Equal(m1, map[string]int(nil)))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	os.Exit(3)
}
