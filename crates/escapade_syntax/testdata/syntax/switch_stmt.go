package main

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	default:
		return "pos"
	}
}

func main() {
	switch x := 5; x {
	case 1, 2, 3:
		println("small")
		fallthrough
	case 4:
		println("four-ish")
	case 5:
	default:
	}
	switch y := 2; {
	case y > 1:
	}
	switch classify(1) {
	}
	switch x := 3; x * 2 {
	case 6:
		break
	}
}
