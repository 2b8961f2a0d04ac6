// method_: calling pointer methods on addressable locals (implicit &x).
package main

type acc struct{ total int }

func (a *acc) add(v int) { a.total += v }

var keep *acc

func (a *acc) publish() { keep = a }

func localOnly() int {
	var a acc
	a.add(1)
	return a.total
}

func published() {
	var a acc
	a.publish()
}

func main() {}
