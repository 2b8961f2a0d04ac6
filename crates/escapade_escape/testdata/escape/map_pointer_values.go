// map_: map[string]*T: values allocated with &T{} escape; the map itself
// may stay local.
package main

type user struct{ id int }

func index(ids []int) int {
	m := map[int]*user{}
	for _, id := range ids {
		m[id] = &user{id: id}
	}
	return len(m)
}

func main() {}
