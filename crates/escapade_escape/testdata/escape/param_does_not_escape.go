// param_: parameters only read or compared do not escape.
package main

func length(s []int) int { return len(s) }

func isZero(p *int) bool { return *p == 0 }

func sumFields(s *struct{ a, b int }) int { return s.a + s.b }

func firstRune(s string) byte { return s[0] }

func main() {}
