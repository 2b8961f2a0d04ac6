// Promoted-method wrappers: gc compiles T.M and (*T).M for every method T gets through an
// embedded field (T.M only when reachable by value), per type in declaration order and
// per method in name order, each inlining the method when it is inlinable.
package main

type base struct{ id int; p *int }

func (b base) V() int    { return b.id }
func (b *base) P() *int  { return &b.id }
func (b *base) Q() *int  { return b.p }
func (b *base) Big() int {
	t := 0
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			for k := 0; k < 10; k++ {
				t += i*j + k*b.id - j/(k+1) + i%(j+1) + t*k
			}
		}
	}
	return t
}

type mid struct {
	*base
	n int
}

func (m mid) Q() *int { return nil }

type top struct {
	mid
	s string
}

var sink *int

func use(t *top) {
	sink = t.P()
}

func main() {
	var t top
	use(&t)
}
