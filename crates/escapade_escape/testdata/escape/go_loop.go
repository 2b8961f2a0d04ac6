// go_: goroutines started in a loop, each with its own per-iteration value.
package main

func start(n int, out []int) {
	for i := 0; i < n; i++ {
		go func() {
			out[i] = i * 2
		}()
	}
}

func main() {}
