// Covers: a hand-written errgroup: WaitGroup + sync.Once for the first error, closures capturing the group.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	var g Group
	results := make([]int, 5)
	for i := range results {
		g.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println(g.Wait(), results)
	var g2 Group
	g2.Go(func() error { return errors.New("only failure") })
	g2.Go(func() error { return nil })
	fmt.Println(g2.Wait())
}
