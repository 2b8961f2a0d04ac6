package main

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	_ = s[1:3]
	_ = s[:2]
	_ = s[2:]
	_ = s[:]
	_ = s[1:3:4]
	_ = s[:3:5]
	arr := [5]int{}
	_ = arr[1:2:3]
	str := "hello"
	_ = str[1:]
	_ = s[len(s)-1]
	p := &arr
	_ = p[1:]
}
