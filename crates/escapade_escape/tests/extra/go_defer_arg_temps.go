// go/defer wrappers: where gc puts the temporaries holding the arguments (at the statement
// for a plain variable, at the argument when it is converted implicitly: a channel
// direction, a named type) and how the wrapped call prints them.
package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }
type S []int
type F func()

var sink *T
var sinks []*T
var g chan int

func (t *T) Leak() { sink = t }

func produce(ch chan<- int, n int)  {}
func recv(ch <-chan int, s S, f F)  {}
func pair(ch chan int, n int)       {}
func leakp(t *T, n int)             { sink = t }
func leakv(ts ...*T)                { sinks = ts }
func vari(a ...chan<- int)          {}
func two(a, b int)                  {}

func direction() {
	ch := make(chan int, 5)
	go produce(ch, 5)
	go pair(ch, 5)
	go pair(g, 1)
	go produce(g, 2)
	defer vari(ch, g)
}

func named() {
	ch := make(chan int)
	s := []int{1}
	f := func() {}
	go recv(ch, s, f)
	var r <-chan int = ch
	go recv(r, S(s), F(f))
}

func loops() {
	for i := 0; i < 3; i++ {
		go two(i, 1)
		go func(n int) {
			_ = n
		}(i)
	}
}

func params(c chan int, k int, t *T, wg *sync.WaitGroup) {
	go pair(c, k)
	defer leakp(t, 1)
	defer t.Leak()
	defer wg.Done()
}

func locals() {
	var wg sync.WaitGroup
	defer wg.Done()
	t := &T{}
	defer t.Leak()
	go leakp(t, 2)
	defer leakv(t, t)
	defer fmt.Println("done", t)
}

func main() {}
