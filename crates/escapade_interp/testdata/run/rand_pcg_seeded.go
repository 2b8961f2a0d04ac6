// math/rand/v2 with seeded PCG sources: raw Uint64 values, bounded integers (power-of-two
// and general bounds), Float64/Float32, Shuffle, Perm, and a user Source.
package main

import (
	"fmt"
	"math/rand/v2"
)

type counter struct{ n uint64 }

func (c *counter) Uint64() uint64 {
	c.n += 0x9e3779b97f4a7c15
	return c.n
}

func main() {
	p := rand.NewPCG(1, 2)
	fmt.Println(p.Uint64(), p.Uint64())
	r := rand.New(rand.NewPCG(42, 1024))
	var rolls [6]int
	for range 600 {
		rolls[r.IntN(6)]++
	}
	fmt.Println(rolls)
	fmt.Println(r.IntN(1000), r.Int64N(1<<40), r.IntN(8), r.Uint32N(7), r.Int32N(100), r.Uint64N(3))
	fmt.Println(r.Float64(), r.Float32(), r.Int(), r.Int64(), r.Int32(), r.Uint32(), r.Uint64())
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck, r.Perm(8))
	u := rand.New(&counter{})
	fmt.Println(u.IntN(10), u.Float64(), u.Perm(4))
	p.Seed(1, 2)
	fmt.Println(p.Uint64())
}
