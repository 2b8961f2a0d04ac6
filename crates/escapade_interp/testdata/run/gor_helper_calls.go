// Covers: goroutines that block inside helper functions and methods they call as statements
// (the helpers' frames are suspended with them, several calls deep), a deferred call in a
// suspended method, variadic helpers, and a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

type relay struct {
	in, out chan int
	log     []string
}

func (r *relay) forward(n int) {
	defer func() { r.log = append(r.log, fmt.Sprint("forwarded ", n)) }()
	for i := 0; i < n; i++ {
		v := <-r.in
		r.out <- v * 10
	}
}

func send(c chan<- int, v int) { c <- v }

func produce(c chan<- int, xs ...int) {
	for _, x := range xs {
		send(c, x)
	}
	close(c)
}

func main() {
	a, b := make(chan int), make(chan int)
	r := &relay{in: a, out: b}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		produce(a, 1, 2, 3)
	}()
	go func() {
		defer wg.Done()
		r.forward(3)
	}()
	sum := 0
	for i := 0; i < 3; i++ {
		v := <-b
		sum += v
		fmt.Println("got", v)
	}
	wg.Wait()
	fmt.Println(sum, r.log)
}
