// loop_: string concatenation in a loop with the result kept outside.
package main

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s = s + "x"
	}
	return s
}

func localOnly(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := "a" + string(rune('a'+i))
		t += len(s)
	}
	return t
}

func main() {}
