package p

var sink *int

func mk(n int) []int { return make([]int, n) }

func named(p *int) (q *int) {
	q = p
	return
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func use() int {
	s := mk(4)
	x := 1
	sink = named(&x)
	return len(s) + fact(3)
}
