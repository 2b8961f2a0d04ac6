package main

// Inlined bodies with a range over an array without a value variable: the array counts as
// one node of the inline cost, and a literal capturing a parameter copy inside the loop
// captures it by value (the copy's binding defines it).

type S struct{ arr [2]*int }

var garr [2]func() int

func fill(n int) {
	for i := range garr {
		garr[i] = func() int { return n }
	}
}

func point(s *S, n int) {
	for i := range s.arr {
		s.arr[i] = &n
	}
}

func loop(n int) {
	for i := 0; i < 2; i++ {
		garr[i] = func() int { return n }
	}
}

func main() {
	fill(1)
	point(&S{}, 2)
	loop(3)
}
