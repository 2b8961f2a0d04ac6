// struct_: interface-typed fields receiving boxed values.
package main

type event struct {
	name string
	data any
}

func newEvent(name string, n int) event {
	return event{name: name, data: n}
}

func localEvent(n int) string {
	e := event{name: "x", data: n}
	return e.name
}

func main() {}
