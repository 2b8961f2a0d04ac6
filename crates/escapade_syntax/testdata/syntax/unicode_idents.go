package main

var 日本 = "japan"

func größe(ñ int) int { return ñ }

type Ώμέγα struct{ π float64 }

func main() {
	αβ := größe(1)
	_, _ = αβ, Ώμέγα{π: 3.14}
	_ = 日本
}
