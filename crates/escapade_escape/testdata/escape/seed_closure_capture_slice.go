// seed_: closures capturing slices: returned closure, goroutine closure,
// immediately called closure.
package main

func adder(xs []int) func(int) {
	return func(v int) {
		xs = append(xs, v)
	}
}

func total(xs []int) int {
	t := 0
	func() {
		for _, x := range xs {
			t += x
		}
	}()
	return t
}

func background(xs []int, done chan bool) {
	go func() {
		_ = len(xs)
		done <- true
	}()
}

func main() {
	adder(nil)(1)
	_ = total([]int{1})
	ch := make(chan bool, 1)
	background([]int{2}, ch)
	<-ch
}
