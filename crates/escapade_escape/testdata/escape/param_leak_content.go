// param_: only what a parameter points to leaks (leaking param content).
package main

var gp *int
var gs string

func derefStore(pp **int) { gp = *pp }

func elemStore(ps []*int) { gp = ps[0] }

func stringElem(ss []string) { gs = ss[0] }

func fieldStore(s *struct{ p *int }) { gp = s.p }

func main() {}
