package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	} else {
		return 0
	}
}

func main() {
	if v := sign(3); v == 1 {
		println("pos")
	}
	if m := map[string]int{}; len(m) == 0 {
	} else if n, ok := m["a"]; ok {
		_ = n
	}
	if true {
	}
}
