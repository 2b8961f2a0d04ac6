// Covers: aliases of std types (methods carry over), byte/rune as aliases, any as alias of interface{}.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Builder = strings.Builder
type Dur = time.Duration
type Bag = map[string]any

func main() {
	var b Builder
	b.WriteString("alias ")
	b.WriteString("works")
	fmt.Println(b.String())
	var d Dur = 90 * time.Second
	fmt.Println(d.Minutes(), d)
	bag := Bag{"n": 1}
	var m map[string]interface{} = bag
	fmt.Println(len(m))
	var bs []byte = []uint8{104, 105}
	var rs []rune = []int32{104, 105}
	fmt.Println(string(bs), string(rs))
}
