// range_: ranging directly over composite literals.
package main

func sumLit() int {
	t := 0
	for _, v := range []int{1, 2, 3} {
		t += v
	}
	return t
}

func keysLit() int {
	n := 0
	for k := range map[string]bool{"a": true, "b": false} {
		n += len(k)
	}
	return n
}

func main() {}
