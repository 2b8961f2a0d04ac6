// Covers: encoding/json error values and their exact texts: *json.SyntaxError (each scanner context, Offset), "unexpected end of JSON input", *json.UnmarshalTypeError (top level, struct field paths through slices, arrays and maps, Offset/Struct/Field), decoding continuing after a type error, *json.InvalidUnmarshalError, *json.UnsupportedTypeError, *json.UnsupportedValueError, *json.MarshalerError, errors.As and %T on them.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Line struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type Invoice struct {
	Number int            `json:"number"`
	Lines  []Line         `json:"lines"`
	Totals [2]int         `json:"totals"`
	ByName map[string]int `json:"by_name"`
	Paid   bool           `json:"paid"`
	Small  uint8          `json:"small"`
	Inner  Inner          `json:"inner"`
}

type Inner struct {
	Deep float32 `json:"deep"`
}

type Boom struct{}

func (Boom) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{"a":}`), nil }

func main() {
	bad := []string{
		``, ` `, `{`, `[1,2`, `{"a"`, `{"a":`, `"abc`, `tr`, `nul`, `-`, `1.`, `1e`, `1e+`,
		`x`, `[1,]`, `[1 2]`, `{"a" 1}`, `{"a":1 "b":2}`, `{"a":1,}`, `{,}`, `{1:2}`,
		`01`, `1 2`, `[] x`, `tRue`, `nulL`, `fals`, `falsy`, `-x`, `1.x`, `1ex`, `.5`,
		`+1`, `'single'`, `"\q"`, `"\u12G4"`, `"tab	in string"`, "\"ctl\x01\"", `[é]`, `{"a":[}`,
		`[1]]`, `{"a":1}}`, `"\"`, `NaN`, `Infinity`, `[1,2,]`, `{"a":tru}`,
	}
	for _, in := range bad {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-16q %T offset=%d: %v\n", in, err, se.Offset, err)
		} else {
			fmt.Printf("%-16q %v valid=%v\n", in, err, json.Valid([]byte(in)))
		}
	}

	var inv Invoice
	inputs := []string{
		`{"number":"7"}`,
		`{"lines":[{"sku":"a","qty":1},{"sku":2}]}`,
		`{"totals":[1,"x"]}`,
		`{"by_name":{"k":true}}`,
		`{"paid":"yes"}`,
		`{"small":300}`,
		`{"small":-1}`,
		`{"number":1.5}`,
		`{"number":1e3}`,
		`{"inner":{"deep":1e39}}`,
		`{"inner":[]}`,
		`{"lines":{}}`,
		`{"lines":[1]}`,
		`{"number":"x","paid":true,"small":9,"number":3}`,
		`[1,2]`,
		`"str"`,
	}
	for _, in := range inputs {
		inv = Invoice{}
		err := json.Unmarshal([]byte(in), &inv)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Printf("%v\n  value=%q offset=%d struct=%q field=%q paid=%v small=%d number=%d\n", err, ute.Value, ute.Offset, ute.Struct, ute.Field, inv.Paid, inv.Small, inv.Number)
		} else {
			fmt.Println(err)
		}
	}
	var n int
	fmt.Println(json.Unmarshal([]byte(`"s"`), &n))
	fmt.Println(json.Unmarshal([]byte(`{}`), &n))
	fmt.Println(json.Unmarshal([]byte(`[true]`), &[]string{}))
	fmt.Println(json.Unmarshal([]byte(`{"a":"b"}`), &map[string]int{}))
	fmt.Println(json.Unmarshal([]byte(`1e400`), new(float64)))
	fmt.Println(json.Unmarshal([]byte(`12345678901234567890`), new(int64)))
	fmt.Println(json.Unmarshal([]byte(`{"a":1e400}`), new(any)))

	err := json.Unmarshal([]byte(`1`), n)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	fmt.Println(json.Unmarshal([]byte(`1`), (*int)(nil)))
	var ip *Invoice
	fmt.Println(json.Unmarshal([]byte(`{}`), ip))

	_, err = json.Marshal(map[string]any{"c": make(chan int)})
	fmt.Printf("%T %v\n", err, err)
	_, err = json.Marshal([]any{1, func() {}})
	fmt.Println(err)
	_, err = json.Marshal(struct{ F float64 }{F: 1 / zero()})
	fmt.Printf("%T %v\n", err, err)
	_, err = json.Marshal(Boom{})
	var me *json.MarshalerError
	fmt.Printf("%T %v %v %v\n", err, err, errors.As(err, &me), errors.Unwrap(err))
	_, err = json.Marshal(map[string]any{"x": Broken{}})
	fmt.Println(err)
	b, err := json.Marshal([]any{&Boom{}, nil})
	fmt.Println(string(b), err == nil, b == nil)
}

func zero() float64 { return 0 }
