package main

func main() {
	x, y, z := 1, 2, 3
	_ = x + y*z
	_ = x*y + z
	_ = x + y<<z
	_ = x < y == (y < z)
	_ = x|y&z
	_ = x == 1 || y == 2 && z == 3
	_ = -x*y
	_ = x - -y
	_ = x &^ y | z
}
