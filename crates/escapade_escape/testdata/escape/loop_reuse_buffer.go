// loop_: a buffer allocated once before the loop and reused.
package main

func process(items []string) int {
	buf := make([]byte, 0, 64)
	t := 0
	for _, it := range items {
		buf = buf[:0]
		buf = append(buf, it...)
		t += len(buf)
	}
	return t
}

func main() {}
