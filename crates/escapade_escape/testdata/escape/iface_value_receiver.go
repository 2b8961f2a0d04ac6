// iface_: storing a value type with value-receiver methods into an
// interface variable boxes the value.
package main

type celsius float64

func (c celsius) String() string { return "C" }

type stringer interface{ String() string }

var all []stringer

func remember(c celsius) {
	all = append(all, c)
}

func describe(c celsius) string {
	var s stringer = c
	return s.String()
}

func main() {}
