package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		_, _ = i, v
	}
	for i := range s {
		_ = i
	}
	for range s {
	}
	var k string
	var v int
	m := map[string]int{"a": 1}
	for k, v = range m {
	}
	for k = range m {
	}
	_, _ = k, v
	for _, r := range "héllo" {
		_ = r
	}
	ch := make(chan int)
	for x := range ch {
		_ = x
	}
	arr := [3]int{}
	for i := range &arr {
		_ = i
	}
}
