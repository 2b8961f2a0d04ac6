// method_: builder-style chained methods returning the receiver.
package main

type builder struct {
	parts []string
}

func (b *builder) add(s string) *builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *builder) count() int { return len(b.parts) }

func build() int {
	b := &builder{}
	return b.add("a").add("b").count()
}

func main() {}
