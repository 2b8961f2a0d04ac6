// Covers: encoding/json.Unmarshal into structs (case-insensitive names, unknown keys, duplicate keys), pointers (allocated or reused, null), slices (growth capacities, reuse of the backing array and merging into existing elements), arrays (short and long input), maps (created, merged, values not merged, integer keys), interfaces (any → map[string]any/[]any/float64/string/bool/nil), json.Number, RawMessage and []byte from base64.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type Order struct {
	ID     int64            `json:"id"`
	Items  []Item           `json:"items"`
	Notes  *string          `json:"notes"`
	Meta   map[string]int   `json:"meta"`
	Pos    [2]float64       `json:"pos"`
	Raw    json.RawMessage  `json:"raw"`
	Data   []byte           `json:"data"`
	Extra  any              `json:"extra"`
	ByID   map[int]string   `json:"by_id"`
	Nested map[string]*Item `json:"nested"`
}

func main() {
	var o Order
	err := json.Unmarshal([]byte(`{
		"ID": 12, "items": [{"name":"pen","QTY":3,"price":1.5,"tags":["a","b"]}, {"Name":"ink"}],
		"notes": "fragile", "meta": {"x": 1, "y": 2}, "pos": [1.5, -2],
		"raw": {"keep" :  [1, 2]}, "data": "aGVsbG8=", "extra": {"n": 1, "l": [true, null, "s", 2.5]},
		"by_id": {"10": "ten", "-3": "minus three"}, "nested": {"p": {"Name": "pad"}},
		"unknown": {"ignored": [1,2,3]}, "id": 13}`), &o)
	fmt.Println(err)
	fmt.Println(o.ID, len(o.Items), cap(o.Items), o.Items[0], o.Items[1].Name, *o.Notes, o.Meta, o.Pos)
	fmt.Println(string(o.Raw), string(o.Data), o.ByID[10], o.ByID[-3], o.Nested["p"].Name)
	fmt.Printf("%T %v\n", o.Extra, o.Extra)
	m := o.Extra.(map[string]any)
	l := m["l"].([]any)
	fmt.Printf("%T %v %T %v %d %d\n", m["n"], m["n"], l, l, len(l), cap(l))
	for _, e := range l {
		fmt.Printf("%T ", e)
	}
	fmt.Println()

	// Reuse: pointers are followed, slices keep their array and merge into elements, maps
	// keep entries but replace values.
	notes := o.Notes
	items := o.Items
	err = json.Unmarshal([]byte(`{"notes":"glass","items":[{"qty":9}],"meta":{"y":20,"z":30},"nested":{"p":{"Qty":1}},"pos":[7]}`), &o)
	fmt.Println(err, *notes, o.Notes == notes, len(o.Items), cap(o.Items), items[0], items[1].Name, o.Meta, o.Nested["p"].Name == "", o.Pos)
	err = json.Unmarshal([]byte(`{"notes":null,"items":null,"meta":null,"extra":null}`), &o)
	fmt.Println(err, o.Notes == nil, o.Items == nil, o.Meta == nil, o.Extra == nil)
	err = json.Unmarshal([]byte(`{"items":[]}`), &o)
	fmt.Println(err, o.Items == nil, len(o.Items), cap(o.Items))

	for _, n := range []int{1, 2, 3, 5, 9, 17, 33} {
		var xs []int
		var ss []string
		var its []Item
		text := "[" + strings.TrimSuffix(strings.Repeat("1,", n), ",") + "]"
		json.Unmarshal([]byte(text), &xs)
		json.Unmarshal([]byte(strings.ReplaceAll(text, "1", `"s"`)), &ss)
		json.Unmarshal([]byte(strings.ReplaceAll(text, "1", `{}`)), &its)
		fmt.Println(n, len(xs), cap(xs), cap(ss), cap(its))
	}

	var arr [3]int
	json.Unmarshal([]byte(`[1,2,3,4,5]`), &arr)
	fmt.Println(arr)
	arr = [3]int{7, 8, 9}
	json.Unmarshal([]byte(`[1]`), &arr)
	fmt.Println(arr)

	var v any
	json.Unmarshal([]byte(`[1, "a", {"b": [false]}, null, 1e3, -0.5]`), &v)
	fmt.Printf("%v\n", v)
	json.Unmarshal([]byte(`"just a string"`), &v)
	fmt.Printf("%T %v\n", v, v)
	v = 5
	json.Unmarshal([]byte(`true`), &v)
	fmt.Printf("%T %v\n", v, v)

	var s string
	json.Unmarshal([]byte(`"esc \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \ud800 \u2028 <>"`), &s)
	fmt.Printf("%q\n", s)
	json.Unmarshal([]byte("\"raw \xff bytes\""), &s)
	fmt.Printf("%q\n", s)

	var f32 float32
	var u8 uint8
	var i16 int16
	fmt.Println(json.Unmarshal([]byte(`3.4028234e38`), &f32), f32)
	fmt.Println(json.Unmarshal([]byte(`255`), &u8), u8)
	fmt.Println(json.Unmarshal([]byte(`-32768`), &i16), i16)
	fmt.Println(json.Unmarshal([]byte(`-0`), &i16), i16)
	var pp **int
	fmt.Println(json.Unmarshal([]byte(`5`), &pp), **pp)

	var num map[string]json.Number
	json.Unmarshal([]byte(`{"a": 1.50, "b": -7, "c": 1e400}`), &num)
	fmt.Println(num["a"], num["b"], num["c"])
	fv, ferr := num["a"].Float64()
	iv, ierr := num["b"].Int64()
	_, cerr := num["a"].Int64()
	fmt.Println(fv, ferr, iv, ierr, cerr)
	nb, _ := json.Marshal(num)
	fmt.Println(string(nb))
}
