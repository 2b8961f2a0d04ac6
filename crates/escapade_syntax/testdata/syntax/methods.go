package main

type T struct{ n int }

func (t T) Value() int { return t.n }

func (t *T) Inc() { t.n++ }

func (T) Static() string { return "T" }

func (_ *T) Blank() {}

func main() {
	t := T{}
	t.Inc()
	f := t.Value
	g := (*T).Inc
	h := T.Value
	g(&t)
	_, _ = f(), h(t)
}
