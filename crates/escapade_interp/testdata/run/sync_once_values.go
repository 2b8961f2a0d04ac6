// sync.OnceFunc, OnceValue and OnceValues: the function runs once, later calls return the
// saved results (values and errors), each returned function has its own state.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

var calls int

var cfg = sync.OnceValue(func() map[string]int {
	calls++
	fmt.Println("loading config")
	return map[string]int{"port": 8080}
})

func main() {
	fmt.Println(cfg()["port"], cfg()["port"], calls)
	parse := sync.OnceValues(func() (int, error) {
		calls++
		return strconv.Atoi("12x")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		fmt.Println(n, err, calls)
	}
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
	fail := sync.OnceValues(func() (string, error) { return "", errors.New("cannot load") })
	_, err := fail()
	_, err2 := fail()
	fmt.Println(err, err == err2)
	a := sync.OnceValue(func() int { calls++; return calls })
	b := sync.OnceValue(func() int { calls++; return calls })
	fmt.Println(a(), b(), a(), b())
}
