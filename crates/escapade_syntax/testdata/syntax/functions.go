package main

func none() {}

func one(a int) int { return a }

func two(a, b int, c string) (int, string) { return a + b, c }

func named(x int) (result int, err error) {
	result = x
	return
}

func variadic(prefix string, xs ...int) int { return len(xs) }

func unnamedParams(int, string) {}

func funcResult() func(int) int {
	return func(x int) int { return x * 2 }
}

func external(x int) int

func main() {
	variadic("a", 1, 2, 3)
	xs := []int{1, 2}
	variadic("b", xs...)
	_ = funcResult()(3)
}
