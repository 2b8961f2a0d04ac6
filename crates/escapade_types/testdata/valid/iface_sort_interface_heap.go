// Covers: implementing container/heap.Interface (embedding sort.Interface), pointer receivers for Push/Pop.
package main

import (
	"container/heap"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
}

type PQ []Task

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].Priority > q[j].Priority }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(Task)) }
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

func main() {
	q := &PQ{{"write", 2}, {"test", 5}, {"deploy", 1}}
	heap.Init(q)
	heap.Push(q, Task{"review", 3})
	for q.Len() > 0 {
		t := heap.Pop(q).(Task)
		fmt.Println(t.Priority, t.Name)
	}
}
