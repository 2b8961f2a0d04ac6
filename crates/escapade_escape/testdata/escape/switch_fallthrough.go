// switch_: fallthrough between cases that store pointers.
package main

var a, b *int

func fall(n int, p *int) {
	switch n {
	case 0:
		a = p
		fallthrough
	case 1:
		b = p
	}
}

func main() {}
