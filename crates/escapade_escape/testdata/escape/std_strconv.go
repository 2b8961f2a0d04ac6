// std_: strconv conversions: Itoa, Atoi, AppendInt, Quote.
package main

import "strconv"

func num(n int) string {
	return strconv.Itoa(n)
}

func parse(s string) int {
	v, _ := strconv.Atoi(s)
	return v
}

func appendNum(dst []byte, n int64) []byte {
	return strconv.AppendInt(dst, n, 10)
}

func main() {
	_ = num(1)
	_ = parse("2")
	_ = appendNum(nil, 3)
	_ = strconv.Quote("q")
}
