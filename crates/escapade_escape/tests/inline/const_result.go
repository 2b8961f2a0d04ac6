package main

import "fmt"

func f(s string) int { return 99 }

func g() (n int) { return 7 }

func main() {
	fmt.Println(f("abc"))
	fmt.Println(g())
}
