package main

type L struct{}

func (l L) Map[U any](f func() U) U { return f() }

func main() {
	l := L{}
	_ = l.Map[int](func() int { return 1 }
}
