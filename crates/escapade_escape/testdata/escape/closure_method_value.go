// closure_: method values create a closure object (x.M) with its own
// verdict; the receiver is copied or referenced depending on its type.
package main

type counter struct{ n int }

func (c *counter) inc()      { c.n++ }
func (c counter) get() int   { return c.n }

var cb func()

func storeMethodValue(c *counter) {
	cb = c.inc
}

func localMethodValue() int {
	c := counter{n: 1}
	f := c.get
	return f()
}

func ptrMethodValueLocal() int {
	c := &counter{}
	f := c.inc
	f()
	return c.n
}

func main() {}
