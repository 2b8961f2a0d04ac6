package main

import "fmt"

const s = "héllo"

var sink []rune

func main() {
	rs := []rune("añb")
	fmt.Println(len(rs))
	sink = []rune(s)
	bs := []byte("abc")
	fmt.Println(len(bs))
	e := []rune("")
	fmt.Println(len(e))
}
