package main

func main() {
	for i := 0; i < 10; i++ {
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
	}
	n := 0
	for n < 5 {
		n++
	}
	for {
		break
	}
	for ; n > 0; n-- {
	}
	for n := 0; ; {
		_ = n
		break
	}
	for i := 0; i < 3; {
		i++
	}
}
