// conv_: numeric conversions are pointer-free and never reported.
package main

func f(a int, b float64, c uint8) float64 {
	return float64(a) + b + float64(c)
}

func g(x int64) int32 {
	return int32(x)
}

func main() {}
