// param_: result leaks with level=2 and level=3 via nested pointer params.
package main

type a struct{ b *b }
type b struct{ c *c }
type c struct{ v *int }

func getV(x *a) *int { return x.b.c.v }

func getC(x *a) *c { return x.b.c }

func getB(x a) *b { return x.b }

func main() {}
