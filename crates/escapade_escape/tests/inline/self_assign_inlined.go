// Self-assignments around inlined calls: an index holding an inlined call's result (gc's
// OINLCALL may affect memory) makes the assignment an ordinary one; a local assigned from
// one does not.
package main

type R struct {
	ptrs [4]*int
	s    []*int
}

func one() int { return 1 }
func two() int { return 2 }

func (r *R) a() { r.ptrs[one()] = r.ptrs[0] }
func (r *R) b() { r.ptrs[0] = r.ptrs[two()] }
func (r *R) c() { r.s[one()] = r.s[two()] }
func (r *R) d() { r.s[1] = r.s[2] }
func (r *R) e() { i := one(); r.s[i] = r.s[0] }

func main() {}
