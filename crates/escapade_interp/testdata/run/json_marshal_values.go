// Covers: encoding/json.Marshal/MarshalIndent of scalars, floats ('f' vs 'e' form, float32), strings (HTML, control characters, U+2028, invalid UTF-8), []byte as base64, nil slices/maps/pointers, sorted map keys (string and integer), arrays, interfaces, nested values, unsupported types and values.
package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

func show(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(string(b))
}

func main() {
	show(nil)
	show(true)
	show(42)
	show(int8(-128))
	show(uint64(18446744073709551615))
	show(3.0)
	show(0.1)
	show(1e20)
	show(1e21)
	show(123456789.125)
	show(0.000001)
	show(0.0000001)
	show(-2.5e-10)
	show(5e-324)
	show(math.MaxFloat64)
	show(float32(3.14))
	show(float32(1e-7))
	show(float32(16777216))
	show("plain")
	show("quote \" backslash \\ slash /")
	show("<b>Tom & Jerry</b>")
	show("tab\tnewline\ncr\rbell\x07nul\x00bs\bff\f")
	show("line\u2028para\u2029end")
	show("bad \xff\xfe utf8 é 日本")
	show("\x7f del")
	show([]byte("hello, world"))
	show([]byte{})
	show([]byte(nil))
	show([]int(nil))
	show([]int{})
	show([]string{"a", "b"})
	show([3]int{1, 2, 3})
	show([0]int{})
	show(map[string]int(nil))
	show(map[string]int{"b": 2, "a": 1, "c": 3, "B": 0})
	show(map[int]string{10: "ten", 9: "nine", -1: "minus", 100: "hundred"})
	show(map[uint8]bool{255: true, 7: false})
	show(map[string][]int{"x": {1, 2}, "y": nil})
	show((*int)(nil))
	n := 7
	show(&n)
	pp := &n
	show(&pp)
	show(Point{1, 2})
	show(&Point{3, 4})
	show([]any{1, "two", 3.5, nil, true, []int{4}, map[string]any{"k": "v"}})
	show([]*Point{{5, 6}, nil})
	show(map[string]Point{"origin": {}, "one": {1, 1}})
	show(make(chan int))
	show(func() {})
	show(complex(1, 2))
	show(math.NaN())
	show(math.Inf(1))
	show([]float64{1, math.Inf(-1)})
	show(map[string]any{"f": func() {}})
	b, _ := json.MarshalIndent(map[string]any{"name": "x", "list": []int{1, 2}, "empty": []int{}, "obj": map[string]int{}, "nested": map[string]any{"a": []any{}}}, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]Point{{1, 2}}, ">> ", "\t")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(7, "pre", "ind")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]int{}, "", "  ")
	fmt.Println(string(b))
}
