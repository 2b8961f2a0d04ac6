// defer_: deferring builtins (close, delete, print).
package main

func closeLater(ch chan int) {
	defer close(ch)
}

func deleteLater(m map[string]int, k string) {
	defer delete(m, k)
}

func printLater(s string) {
	defer println(s)
}

func main() {}
