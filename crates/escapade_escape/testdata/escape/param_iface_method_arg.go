// param_: arguments to interface method calls leak to the heap.
package main

type writer interface{ Write(b []byte) (int, error) }

func write(w writer, b []byte) int {
	n, _ := w.Write(b)
	return n
}

func writeString(w writer, s string) int {
	n, _ := w.Write([]byte(s))
	return n
}

func main() {}
