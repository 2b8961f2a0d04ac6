package main

type (
	P  (int)
	PP *(int)
	S  [](int)
	M  map[(string)](int)
)

func f() (x (int)) { return }

func main() {
	var x (int) = (1)
	_ = (x)
	_ = ((x + 1))
	_ = ([]int)(nil)
	_ = (map[string]int)(nil)
	_ = (func(int) int)(nil)
}
