// Covers: a map literal with interface keys holding equal constants of different types (1, int64(1), 1.0, uint8(1), "1") — distinct keys, not duplicates (the type checker rejected it; found by scripts/interp-random-crosscheck.py) — and lookups by each dynamic type.
package main

import "fmt"

type ID int

func main() {
	keys := map[any]int{1: 1, int64(1): 2, "1": 3, 1.0: 4, [1]int{1}: 5, uint8(1): 6, ID(1): 7, 'a': 8, 97: 9}
	fmt.Println(len(keys), keys[1], keys[int64(1)], keys[1.0], keys[[1]int{1}], keys[uint(1)], keys[uint8(1)], keys[ID(1)])
	fmt.Println(keys['a'], keys[97], keys[int32(97)], keys[rune(97)])
	m := map[interface{ String() string }]bool{}
	fmt.Println(len(m))
}
