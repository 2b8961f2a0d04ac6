// Covers: encoding/json extras: Decoder.DisallowUnknownFields (error text, decoding goes on), json.Compact/Indent (trailing whitespace kept, errors leave dst alone)/HTMLEscape on a bytes.Buffer, time.Time and *time.Time marshaling (RFC 3339 with nanoseconds), time.Duration as a number, the string option on string and bool fields, embedded non-struct and unexported struct types, an Encoder on a program-defined io.Writer, a Decoder over a bytes.Buffer, maps keyed by a named integer type.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

type named struct{ Inner int }

type Wrap struct {
	Level
	named
	fmt.Stringer `json:"-"`
	Name         string
}

type Money struct{ Cents int64 }

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

type Cart struct {
	Items []any
	Total Money
	Opt   *Money
	Flags map[string]bool `json:"flags,omitempty"`
	S     string          `json:"s,string"`
	B     bool            `json:"b,string"`
}

type Upper struct{ w *strings.Builder }

func (u Upper) Write(p []byte) (int, error) {
	u.w.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

type Ev struct {
	At    time.Time  `json:"at"`
	Until *time.Time `json:"until,omitempty"`
	Dur   time.Duration
}

type Strict struct {
	A int
	B struct{ C int }
}

func main() {
	b, err := json.Marshal(Wrap{Level: 3, named: named{4}, Name: "w"})
	fmt.Println(string(b), err)
	var w Wrap
	fmt.Println(json.Unmarshal([]byte(`{"Level":5,"Inner":6,"Name":"x"}`), &w), w.Level, w.Inner, w.Name)
	c := Cart{Items: []any{Money{150}, &Money{5}, 3, "x", map[string]any{"m": Money{1}}}, Total: Money{1999}, S: "str", B: true}
	b, err = json.Marshal(c)
	fmt.Println(string(b), err)
	var back Cart
	fmt.Println(json.Unmarshal([]byte(`{"s":"\"quoted\"","b":"true"}`), &back), back.S, back.B)

	var sb strings.Builder
	enc := json.NewEncoder(Upper{&sb})
	enc.Encode(map[string]int{"a": 1})
	fmt.Print(sb.String())
	dec := json.NewDecoder(bytes.NewBufferString(`{"x": 1} {"x": 2}`))
	for {
		var m map[string]int
		if err := dec.Decode(&m); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(m)
	}
	b, _ = json.Marshal(map[Level]string{2: "two", 10: "ten"})
	fmt.Println(string(b))
	var ml map[Level]string
	fmt.Println(json.Unmarshal([]byte(`{"3":"three"}`), &ml), ml)

	t := time.Date(2024, 2, 29, 13, 4, 5, 120000000, time.UTC)
	u := time.Date(1999, 12, 31, 23, 59, 59, 0, time.FixedZone("X", 5*3600+1800))
	b, err = json.Marshal(Ev{At: t, Until: &u, Dur: 1500 * time.Millisecond})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Ev{})
	fmt.Println(string(b), err)

	sd := json.NewDecoder(strings.NewReader(`{"A":1,"x":2,"A":3} {"B":{"C":1,"D":2}} {"a":5}`))
	sd.DisallowUnknownFields()
	for i := 0; i < 4; i++ {
		var s Strict
		err := sd.Decode(&s)
		fmt.Printf("%v %T %+v\n", err, err, s)
	}

	var buf bytes.Buffer
	fmt.Println(json.Compact(&buf, []byte(` { "a" : [ 1 , "<x>" ] } `)), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(` { "a" : [ 1 , "<x>" ], "b": {}, "c": [ ] } `+"\n"), "#", "\t"), buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, []byte(`{"a":}`)), buf.Len())
	json.HTMLEscape(&buf, []byte(`{"h":"<a href=\"x\">&</a>"} <b> `+"\u2028"))
	fmt.Println(buf.String())
	buf.Reset()
	buf.WriteString("pre:")
	fmt.Println(json.Indent(&buf, []byte(`[1,`), "", " "), buf.String())
}
