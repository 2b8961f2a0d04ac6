// struct_: more self-assignment forms: three-index reslice, deref reslice,
// and a call in the index (not ignored).
package main

type ring struct {
	data []int
	ptrs [8]*int
}

func (r *ring) trim(n int) {
	r.data = r.data[:n:n]
}

func trimPtr(s *[]int) {
	*s = (*s)[1:]
}

func idx() int { return 1 }

func (r *ring) move() {
	r.ptrs[idx()] = r.ptrs[0]
}

func main() {}
