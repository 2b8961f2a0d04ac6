// inline_: closures called once are inlined without -l (1.24+), so their
// func literal lines disappear from -m output.
package main

func apply(xs []int) int {
	t := 0
	each := func(f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each(func(x int) { t += x })
	return t
}

func main() {
	println(apply([]int{1, 2}))
}
