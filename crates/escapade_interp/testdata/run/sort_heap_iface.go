// sort.Sort/Stable/IsSorted on user sort.Interface types (Less/Swap calls counted), the std
// slice types' methods, sort.Find, container/heap as a priority queue with Fix and Remove,
// slices.Sort of floats with NaN.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type byLen struct {
	words []string
	less  int
	swaps int
}

func (b *byLen) Len() int { return len(b.words) }
func (b *byLen) Less(i, j int) bool {
	b.less++
	return len(b.words[i]) < len(b.words[j])
}
func (b *byLen) Swap(i, j int) {
	b.swaps++
	b.words[i], b.words[j] = b.words[j], b.words[i]
}

type item struct {
	name string
	prio int
	idx  int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].idx = i
	q[j].idx = j
}
func (q *pq) Push(x any) {
	it := x.(*item)
	it.idx = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	return it
}

func main() {
	b := &byLen{words: strings.Fields("pear fig banana kiwi apple plum date cherry melon lime")}
	sort.Sort(b)
	sorted := sort.IsSorted(b)
	fmt.Println(b.words, b.less, b.swaps, sorted)
	var long []string
	for i := 0; i < 45; i++ {
		long = append(long, strings.Repeat("x", (i*7)%5+1)+fmt.Sprint(i))
	}
	s := &byLen{words: long}
	sort.Stable(s)
	fmt.Println(s.words, s.less, s.swaps)
	is := sort.IntSlice{5, 2, 9, 1}
	is.Sort()
	ss := sort.StringSlice{"b", "c", "a"}
	sort.Sort(ss)
	fmt.Println(is, ss, is.Len(), ss.Less(0, 1))
	i, found := sort.Find(len(ss), func(i int) int { return strings.Compare("b", ss[i]) })
	fmt.Println(i, found)
	q := &pq{}
	heap.Init(q)
	items := map[string]*item{}
	for i, n := range []string{"low", "high", "mid", "top", "bottom"} {
		it := &item{name: n, prio: []int{1, 8, 5, 10, 0}[i]}
		items[n] = it
		heap.Push(q, it)
	}
	items["low"].prio = 9
	heap.Fix(q, items["low"].idx)
	removed := heap.Remove(q, items["mid"].idx).(*item)
	fmt.Println("removed", removed.name)
	for q.Len() > 0 {
		it := heap.Pop(q).(*item)
		fmt.Print(it.name, ":", it.prio, " ")
	}
	fmt.Println()
	f := []float64{3, math.NaN(), -1, 0, 2.5, math.NaN()}
	slices.Sort(f)
	fl := []float64{2, -0.5, 1}
	sort.Float64s(fl)
	fmt.Println(f, fl)
}
