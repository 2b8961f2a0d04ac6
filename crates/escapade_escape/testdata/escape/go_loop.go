// go_: goroutines started in a loop, each with its own per-iteration value.
package p

func start(n int, out []int) {
	for i := 0; i < n; i++ {
		go func() {
			out[i] = i * 2
		}()
	}
}
