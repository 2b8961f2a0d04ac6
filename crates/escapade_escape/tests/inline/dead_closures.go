package p

func f(s []int) int {
	t := 0
	g := func(p *int) { t += *p }
	x := 1
	g(&x)
	return t
}

func h() int {
	k := 2
	q := func(p *int) *int { k++; return p }
	y := 3
	return *q(&y)
}
