// large_: large arrays passed and returned by value are part of the stack
// frame (params never move), but copies into locals may.
package main

type block [4096]int64

func sumBlock(b block) int64 {
	var t int64
	for _, v := range b {
		t += v
	}
	return t
}

func copyBlock(b *block) int64 {
	c := *b
	return c[0]
}

func main() {}
