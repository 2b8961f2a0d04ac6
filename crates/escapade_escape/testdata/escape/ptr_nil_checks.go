// ptr_: nil checks and pointer comparisons do not escape.
package main

func orDefault(p *int, d int) int {
	if p == nil {
		return d
	}
	return *p
}

func same(a, b *string) bool { return a == b }

func main() {}
