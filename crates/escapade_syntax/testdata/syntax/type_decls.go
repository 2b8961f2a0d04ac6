package main

type Celsius float64

type (
	Point struct{ X, Y int }
	Reader interface{ Read(p []byte) (n int, err error) }
)

type Alias = Point

type Handler func(int) error

func main() {
	type local struct{}
	type L2 = local
	var _ L2
}
