package main

import "fmt"

func split(n int) (int, int) { return n / 2, n % 2 }

type sizer interface{ Size() int64 }

type rd struct{ n int64 }

func (r *rd) Size() int64 { return r.n }

func main() {
	fmt.Println(split(17))
	var x any = &rd{3}
	if sz, ok := x.(sizer); ok {
		fmt.Println(sz.Size())
	}
}
