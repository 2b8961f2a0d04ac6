package main

func main() {
	s := make([]int, 0, 4)
	s = append(s, 1)
	n := copy(s, []int{2})
	m := map[string]int{"a": 1}
	delete(m, "a")
	c := complex(1, 2)
	re, im := real(c), imag(c)
	ch := make(chan int)
	close(ch)
	p := new(struct{})
	print(n, re, im, cap(s), len(m), p)
	println()
	defer func() { _ = recover() }()
	panic("boom")
}
