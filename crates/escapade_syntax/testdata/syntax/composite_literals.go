package main

type Point struct{ X, Y int }

type Line struct{ A, B Point }

func main() {
	_ = Point{1, 2}
	_ = Point{X: 1}
	_ = &Point{Y: 2}
	_ = Point{}
	_ = []int{1, 2, 3}
	_ = [3]string{"a", "b", "c"}
	_ = [...]int{1, 2, 3}
	_ = [...]string{2: "c", 0: "a"}
	_ = map[string]int{"a": 1, "b": 2}
	_ = map[Point]string{{1, 2}: "p", {X: 3}: "q"}
	_ = []Point{{1, 2}, {X: 3, Y: 4}}
	_ = []*Point{{1, 2}, &Point{3, 4}}
	_ = [][]int{{1}, {2, 3}, {}}
	_ = Line{A: Point{1, 2}, B: Point{3, 4}}
	_ = struct{ a, b int }{1, 2}
	_ = map[string][]int{"x": {1, 2}}
	_ = []struct{ n int }{{1}, {n: 2},}
}
