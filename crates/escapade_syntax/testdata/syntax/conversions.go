package main

type MyInt int

func main() {
	x := 3.7
	i := int(x)
	f := float64(i)
	b := []byte("hi")
	s := string(b)
	r := []rune(s)
	m := MyInt(i)
	p := (*int)(nil)
	fn := (func())(nil)
	ch := (<-chan int)(nil)
	u := uint8(255)
	arr := [2]int([]int{1, 2})
	_, _, _, _, _, _, _, _, _ = f, r, m, p, fn, ch, u, arr, interface{}(1)
}
