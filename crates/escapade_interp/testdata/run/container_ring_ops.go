// container/ring on its real layout: New, Len, Next/Prev, Move both ways, Do, the Value field,
// a zero Ring that links to itself on first use, a nil *Ring's Len and Do.
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * 10
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println(r.Value, r.Prev().Value, r.Move(-3).Value, r.Move(7).Value, r.Len())
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Value)
	var nr *ring.Ring
	fmt.Println(nr.Len(), ring.New(0) == nil, ring.New(1).Len(), ring.New(1).Next().Len())
	nr.Do(func(any) { fmt.Println("never") })
	one := ring.New(1)
	one.Value = "solo"
	fmt.Println(one.Next() == one, one.Move(5).Value)
}
