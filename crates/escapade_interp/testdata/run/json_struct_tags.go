// Covers: encoding/json struct fields: tag names, omitempty, omitzero, "-" and "-,", the string option, unexported fields, embedded structs (value and pointer, nil pointer), promoted-name conflicts (shallower wins, tagged wins, ambiguous dropped), invalid tag names, and decoding back through the same rules.
package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind,omitempty"`
}

type Audit struct {
	By   string
	When string `json:"when"`
}

type Doc struct {
	Base
	*Audit
	Title  string          `json:"title"`
	Body   string          `json:"body,omitempty"`
	Count  int             `json:"count,omitempty"`
	Ratio  float64         `json:",omitempty"`
	Flag   bool            `json:"flag,omitempty"`
	Ptr    *int            `json:"ptr,omitempty"`
	List   []string        `json:"list,omitempty"`
	Map    map[string]int  `json:"map,omitempty"`
	Arr    [0]int          `json:"arr,omitempty"`
	Inner  struct{ A int } `json:"inner,omitempty"`
	Zero   struct{ A int } `json:"zero,omitzero"`
	ZeroN  int             `json:"zn,omitzero"`
	Skip   string          `json:"-"`
	Dash   string          `json:"-,"`
	Num    int             `json:"num,string"`
	Price  float64         `json:"price,string"`
	Yes    bool            `json:"yes,string"`
	Quoted string          `json:"quoted,string"`
	Weird  int             `json:"bad name!"`
	Any    any             `json:"any"`
	hidden int
	Extra  map[string]string `json:",omitempty"`
}

type A struct{ Name string }
type B struct{ Name string }
type C struct {
	Name string `json:"Name"`
}
type Ambig struct {
	A
	B
	Other int
}
type Tagged struct {
	A
	C
}
type Shallow struct {
	A
	Name string
}

func main() {
	d := Doc{Base: Base{ID: 1}, Title: "t", Skip: "s", Dash: "d", Num: 42, Price: 9.5, Yes: true, Quoted: "q\"x", Weird: 3, hidden: 9}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	n := 0
	d.Audit = &Audit{By: "ann", When: "now"}
	d.Ptr = &n
	d.List = []string{}
	d.Map = map[string]int{"k": 1}
	d.Zero.A = 1
	d.ZeroN = 5
	d.Count, d.Ratio, d.Flag, d.Body, d.Kind = 2, 0.5, true, "b", "k"
	d.Any = []int{1}
	b, err = json.Marshal(&d)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Ambig{A{"a"}, B{"b"}, 1})
	fmt.Println(string(b))
	b, _ = json.Marshal(Tagged{A{"a"}, C{"c"}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Shallow{A{"deep"}, "top"})
	fmt.Println(string(b))

	var back Doc
	err = json.Unmarshal([]byte(`{"id":5,"kind":"x","By":"bob","when":"later","title":"T","num":"17","price":"2.25","-":"dash","Skip":"no","hidden":1,"bad name!":4,"Weird":6,"ID":99}`), &back)
	fmt.Println(err, back.ID, back.Kind, back.Audit.By, back.Audit.When, back.Title, back.Num, back.Price, back.Dash, back.Skip == "", back.hidden, back.Weird)
	var amb Ambig
	err = json.Unmarshal([]byte(`{"Name":"z","Other":2}`), &amb)
	fmt.Println(err, amb.A.Name == "", amb.B.Name == "", amb.Other)
	var sh Shallow
	err = json.Unmarshal([]byte(`{"Name":"top"}`), &sh)
	fmt.Println(err, sh.Name, sh.A.Name == "")
	err = json.Unmarshal([]byte(`{"num":17}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"num":"x17"}`), &back)
	fmt.Println(err)
}
