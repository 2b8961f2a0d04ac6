package p

type T struct{ p *int }

func newT(p *int) *T { return &T{p: p} }

func id(x int) int { return x }

func use1() int { return id(1) }
