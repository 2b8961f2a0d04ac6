// Covers: constraints with methods, constraints combining methods and type sets, pointer-method constraint pattern.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type IntStringer interface {
	~int
	String() string
}

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + " "
	}
	return s
}

func Double[T IntStringer](x T) string { return (x * 2).String() }

type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = s }

func Parse[T any, PT Setter[T]](inputs []string) []T {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		PT(&out[i]).Set(in)
	}
	return out
}

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}))
	fmt.Println(Double(ID(21)))
	cfgs := Parse[Config]([]string{"a", "b"})
	fmt.Println(cfgs[0].val, cfgs[1].val)
}
