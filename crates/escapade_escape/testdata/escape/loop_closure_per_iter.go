// loop_: per-iteration loop variables captured by closures stored outside.
package main

func handlers(n int) []func() int {
	var hs []func() int
	for i := 0; i < n; i++ {
		hs = append(hs, func() int { return i })
	}
	return hs
}

func sumHandlers(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		f := func() int { return i * 2 }
		t += f()
	}
	return t
}

func main() {}
