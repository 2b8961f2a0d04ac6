// seed_: functional options: closures returned and applied to a config.
package main

type config struct {
	name string
	size int
}

type option func(*config)

func withName(n string) option {
	return func(c *config) { c.name = n }
}

func withSize(s int) option {
	return func(c *config) { c.size = s }
}

func newConfig(opts ...option) *config {
	c := &config{}
	for _, o := range opts {
		o(c)
	}
	return c
}

func main() {
	_ = newConfig(withName("x"), withSize(2))
}
