package main

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
outer:
	for a := 0; a < 3; a++ {
	inner:
		for b := 0; b < 3; b++ {
			switch {
			case b == 1:
				continue outer
			case a == 2:
				break outer
			default:
				continue inner
			}
		}
	}
	goto end
end:
}
