package main

func pair() (int, int) { return 1, 2 }

func main() {
	var a, b int
	a = 1
	a, b = b, a
	a, b = pair()
	a += 2
	a -= 1
	a *= 3
	a /= 2
	a %= 5
	a &= 7
	a |= 8
	a ^= 1
	a <<= 2
	a >>= 1
	a &^= 4
	a++
	b--
	x, y := 1, 2
	x, z := 3, 4
	_, _, _ = x, y, z
	m := map[string]int{}
	m["k"] = 1
	m["k"]++
	p := &a
	*p = 5
	s := []int{0}
	s[0] += 1
	var arr [2]struct{ f int }
	arr[1].f = 2
}
