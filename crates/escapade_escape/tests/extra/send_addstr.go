package main

// gc prints a sent string concatenation in parentheses (`ch <- (a + b)`), also when it is
// converted to the channel's interface element type and in a select case.

func sendStr(ch chan string, a, b string, e error) {
	ch <- a + b
	ch <- a + "x"
	ch <- a + e.Error()
	ch <- a[1:]
}

func sendAny(ch chan any, x int, a, b string) {
	ch <- x + 1
	ch <- a + b
	select {
	case ch <- a + b + a:
	default:
	}
}

func main() {
	sendStr(make(chan string, 9), "a", "b", nil)
	sendAny(make(chan any, 9), 1, "a", "b")
}
