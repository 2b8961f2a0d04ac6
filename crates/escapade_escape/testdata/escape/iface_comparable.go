// iface_: comparing interfaces with concrete values converts the operand
// to an interface (a temporary that does not escape).
package main

func isFive(x any) bool {
	return x == 5
}

func eqVar(x any, n int) bool {
	return x == n
}

func eqStr(x any, s string) bool {
	return x == s
}

func main() {}
