// Covers: encoding/json calling the program's methods: MarshalJSON (value and pointer receivers reached through pointers, output compacted and HTML-escaped, nil pointer → null), UnmarshalJSON (pointer receiver, called with the raw bytes incl. null, its error returned), MarshalText/UnmarshalText for values and map keys, json.RawMessage round trips.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(" { \"c\" : " + strconv.FormatFloat(float64(c), 'f', 1, 64) + ", \"note\": \"<hot & cold>\" } "), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var m struct{ C float64 }
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*c = Celsius(m.C)
	return nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) != 7 || s[0] != '#' {
		return fmt.Errorf("bad color %q", s)
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return err
	}
	c.R, c.G, c.B = uint8(v>>16), uint8(v>>8), uint8(v)
	return nil
}

type Ver struct{ Major, Minor int }

func (v Ver) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("v%d.%d", v.Major, v.Minor)), nil
}

type Node struct {
	Name string
	Next *Node `json:",omitempty"`
}

func (n *Node) MarshalJSON() ([]byte, error) {
	if n == nil {
		return []byte(`"none"`), nil
	}
	parts := []string{}
	for p := n; p != nil; p = p.Next {
		parts = append(parts, strconv.Quote(p.Name))
	}
	return []byte("[" + strings.Join(parts, ",") + "]"), nil
}

type Calls struct{ log []string }

type Probe struct{ calls *Calls }

func (p *Probe) UnmarshalJSON(b []byte) error {
	if p.calls != nil {
		p.calls.log = append(p.calls.log, string(b))
	}
	if string(b) == `"fail"` {
		return fmt.Errorf("probe refused %s", b)
	}
	return nil
}

type Reading struct {
	Temp  Celsius           `json:"temp"`
	Ptr   *Celsius          `json:"ptr"`
	Color Color             `json:"color"`
	Pal   []Color           `json:"pal"`
	ByVer map[Ver]string    `json:"by_ver"`
	Chain *Node             `json:"chain"`
	None  *Node             `json:"none"`
	Raw   json.RawMessage   `json:"raw"`
	Raws  []json.RawMessage `json:"raws"`
}

func main() {
	c := Celsius(21.5)
	r := Reading{Temp: 30, Ptr: &c, Color: Color{255, 128, 0}, Pal: []Color{{1, 2, 3}},
		ByVer: map[Ver]string{{1, 10}: "b", {1, 2}: "a", {0, 9}: "c"},
		Chain: &Node{"a", &Node{"b", nil}}, Raw: json.RawMessage(` [1, {"x" : "<y>"}] `),
		Raws: []json.RawMessage{json.RawMessage(`true`), nil}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(struct {
		T Celsius
		C Color
	}{1, Color{}}, "", " ")
	fmt.Println(string(b))

	var back Reading
	err = json.Unmarshal([]byte(`{"temp":{"c":-4.5},"ptr":{"C":100},"color":"#0a0b0c","pal":["#ffffff","#000001"],"raw":  {"a" : [1, 2]} ,"raws":[1, "two", null]}`), &back)
	fmt.Println(err, back.Temp, *back.Ptr, back.Color, back.Pal, string(back.Raw), len(back.Raws))
	for _, x := range back.Raws {
		fmt.Printf("%q ", string(x))
	}
	fmt.Println()
	err = json.Unmarshal([]byte(`{"color":"red"}`), &back)
	fmt.Println(err)

	calls := &Calls{}
	ps := []Probe{{calls}, {calls}, {calls}, {calls}}
	err = json.Unmarshal([]byte(`[ {"a" : 1}, null, "fail", [ 2 ] ]`), &ps)
	fmt.Println(err, calls.log)
	var p Probe
	fmt.Println(json.Unmarshal([]byte(`"fail"`), &p))

	var raw json.RawMessage
	fmt.Println(json.Unmarshal([]byte(` { "k" : [ 1 , 2 ] } `), &raw), string(raw))
	out, _ := json.Marshal(map[string]any{"r": raw, "nil": json.RawMessage(nil)})
	fmt.Println(string(out))
}
