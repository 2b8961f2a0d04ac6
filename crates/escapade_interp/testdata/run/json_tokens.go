// Covers: json.Decoder.Token streaming (the Go documentation pattern: Token for "[", More/Decode per element, Token for "]", io.EOF after the last value), every token type (json.Delim and its String, string keys, float64, bool, nil, json.Number with UseNumber), More at each position, Decode of object values after Token read their keys.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Msg struct{ Name, Text string }

func main() {
	const stream = `
	[
		{"Name": "Ed", "Text": "Knock knock."},
		{"Name": "Sam", "Text": "Who's there?"}
	]
`
	dec := json.NewDecoder(strings.NewReader(stream))
	t, err := dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	for dec.More() {
		var m Msg
		err := dec.Decode(&m)
		fmt.Printf("%v: %v\n", m.Name, m.Text)
		if err != nil {
			fmt.Println(err)
		}
	}
	t, err = dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	t, err = dec.Token()
	fmt.Println(t, err, err == io.EOF)

	d2 := json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null, {"b": 2.5}], "c": {}} 7`))
	for {
		t, err := d2.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T %v more=%v\n", t, t, d2.More())
	}
	d3 := json.NewDecoder(strings.NewReader(`{"k": {"x": 1}, "n": [2]}`))
	d3.UseNumber()
	d3.Token()
	for d3.More() {
		k, _ := d3.Token()
		var v any
		err := d3.Decode(&v)
		fmt.Printf("%v = %v (%T) %v\n", k, v, v, err)
	}
	t, err = d3.Token()
	fmt.Println(t, err)
	fmt.Println(json.Delim('[').String(), json.Delim('}'))
}
