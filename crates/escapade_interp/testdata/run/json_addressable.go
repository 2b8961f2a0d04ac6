// Covers: encoding/json and addressability: pointer-receiver MarshalJSON/MarshalText are called for values Go can address (through a pointer, slice elements, fields and array elements of addressable values) and skipped for map values, interface contents and top-level values; Unicode case-insensitive field matching (strings.EqualFold, breadth-first precedence), delimiters not ignored.
package main

import (
	"encoding/json"
	"fmt"
)

type P struct{ N int }

func (p *P) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"p%d"`, p.N)), nil }

type Tx struct{ N int }

func (p *Tx) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("t%d", p.N)), nil }

type O struct {
	A P
	B *P
	C []P
	D [1]P
	E map[string]P
	F any
	G Tx
}

type Inner struct {
	Name   string
	Straße string
}

type Outer struct {
	Inner
	NAME    string `json:"NAME"`
	Kelvin  int    `json:"kelvin"`
	UserID  int    `json:"user_id"`
	Ünicode bool
}

func main() {
	o := O{A: P{1}, B: &P{2}, C: []P{{3}}, D: [1]P{{4}}, E: map[string]P{"k": {5}}, F: P{6}, G: Tx{7}}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&o)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]P{{8}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(P{9})
	fmt.Println(string(b), err)
	b, err = json.Marshal([1]P{{10}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]any{"x": &o.A, "y": o.A, "z": []any{&o.G, o.G}})
	fmt.Println(string(b), err)

	for _, in := range []string{
		`{"name":"a"}`, `{"NAME":"b"}`, `{"Name":"c"}`, `{"nAmE":"d"}`,
		`{"KELVIN":1}`, "{\"\u212aelvin\":2}", `{"userid":3}`, `{"USER_ID":4}`, `{"user-id":5}`,
		`{"üNICODE":true}`, `{"STRASSE":"x"}`, `{"STRAßE":"y"}`,
	} {
		var v Outer
		err := json.Unmarshal([]byte(in), &v)
		fmt.Printf("%-22s %v %+v\n", in, err, v)
	}
}
