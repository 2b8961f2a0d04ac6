// param_: parameters flowing to results at level 0 and deeper levels.
package main

func same(p *int) *int { return p }

func deref(pp **int) *int { return *pp }

func deref2(ppp ***int) *int { return **ppp }

func field(s *struct{ p *int }) *int { return s.p }

func addr(s *struct{ x int }) *int { return &s.x }

func main() {}
