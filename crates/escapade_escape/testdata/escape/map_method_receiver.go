// map_: named map types with methods; the receiver map is pointer-shaped.
package main

type set map[string]struct{}

func (s set) add(k string) { s[k] = struct{}{} }

func (s set) has(k string) bool {
	_, ok := s[k]
	return ok
}

func build(words []string) set {
	s := set{}
	for _, w := range words {
		s.add(w)
	}
	return s
}

func main() {}
