// method_: method expressions T.M and (*T).M used as functions.
package main

type pt struct{ x int }

func (p pt) X() int    { return p.x }
func (p *pt) SetX(v int) { p.x = v }

func viaExpr() int {
	f := pt.X
	return f(pt{1})
}

func viaPtrExpr() int {
	var v pt
	g := (*pt).SetX
	g(&v, 2)
	return v.x
}

func main() {}
