// Covers: math/rand/v2 with a fixed-seed PCG source (deterministic), math.Floor/Round on results, shuffling.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	var rolls [6]int
	for range 600 {
		rolls[r.IntN(6)]++
	}
	fmt.Println(rolls)
	deck := []string{"A", "K", "Q", "J", "10"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	sum := 0.0
	for range 1000 {
		sum += r.Float64()
	}
	fmt.Println(math.Round(sum/1000*10) / 10)
}
