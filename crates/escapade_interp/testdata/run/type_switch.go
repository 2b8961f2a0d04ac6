// type switches over many kinds, including nil and multiple types per case.
package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "hey", []int{1}, fmt.Errorf("boom"), 2.5, struct{}{}} {
		fmt.Println(describe(v))
	}
}
