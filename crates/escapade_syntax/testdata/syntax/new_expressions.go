package main

// new with an expression operand (Go 1.26), next to new with a type.

type Opts struct {
	Retries *int
	Name    *string
}

func f(x int) int { return x }

func main() {
	x := 5
	ch := make(chan int, 1)
	xs := []int{1, 2}
	_ = new(3)
	_ = new("default")
	_ = new(2.5 * 2)
	_ = new(f(x))
	_ = new(x + 1)
	_ = new(-x)
	_ = new(Opts{})
	_ = new((x))
	_ = new([]int{1, 2}[0])
	_ = new(xs[1:])
	_ = new(<-ch)
	_ = new(func() int { return 1 }())
	_ = new(any(x))
	_ = Opts{Retries: new(3), Name: new("n")}
	_, _ = new(int), new([]int)
	_ = new(map[string]int)
	_ = make([]int, *new(2))
}
