// inline_: a function over the inlining budget (cannot inline: function too
// complex) next to one under it.
package main

func small(a, b int) int { return a + b }

func big(xs []int) int {
	t := 0
	for i, x := range xs {
		if x%2 == 0 {
			t += x * i
		} else if x%3 == 0 {
			t -= x
		} else {
			t ^= x << 1
		}
		switch {
		case t > 100:
			t /= 2
		case t < -100:
			t *= -1
		}
	}
	return t
}

func main() {
	println(small(1, 2), big([]int{1, 2, 3}))
}
