// iface_: panic arguments always escape (panic value → heap).
package main

type failure struct{ msg string }

func boom(m string) {
	panic(failure{msg: m})
}

func boomPtr(m string) {
	panic(&failure{msg: m})
}

func boomInt(n int) {
	if n < 0 {
		panic(n)
	}
}

func main() {}
