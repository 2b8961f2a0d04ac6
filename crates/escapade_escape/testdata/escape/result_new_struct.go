// result_: constructors returning &T{} versus T{} by value.
package main

type conf struct {
	name string
	opts []string
}

func newConf(name string) *conf {
	return &conf{name: name}
}

func makeConf(name string) conf {
	return conf{name: name, opts: []string{"a"}}
}

func main() {}
