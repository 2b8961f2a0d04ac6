package p

type adder interface{ add(int) int }

type plus struct{ k int }

func (p plus) add(x int) int { return x + p.k }

func mk() adder { return plus{k: 2} }

func use1() int {
	a := mk()
	return a.add(1)
}

func use2() int { return mk().add(2) }
