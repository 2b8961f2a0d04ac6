package main

import "fmt"

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", v)
	case string:
		return v
	case []byte, map[string]int:
		return "composite"
	case func() error:
		return "func"
	case fmt.Stringer:
		return v.String()
	case *int:
		return "ptr"
	default:
		return "other"
	}
}

func main() {
	var x any = 1
	switch x.(type) {
	case int:
	}
	switch y := 1; z := x.(type) {
	case chan int, <-chan string:
		_, _ = y, z
	}
	_ = describe(x)
}
