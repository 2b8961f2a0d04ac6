// Covers: json.NewEncoder on os.Stdout, *strings.Builder and *bytes.Buffer (trailing newline, SetIndent with prefix, SetEscapeHTML(false), error of an unsupported value), json.NewDecoder over a *strings.Reader with several values, More, UseNumber, io.EOF at the end, io.ErrUnexpectedEOF for a cut value, a sticky syntax error, type errors that do not stop the stream.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
)

type Msg struct {
	Kind string `json:"kind"`
	N    int    `json:"n"`
	Body string `json:"body,omitempty"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Msg{"hello", 1, "<b>&</b>"})
	enc.Encode([]int{1, 2})
	enc.Encode("text")
	enc.SetEscapeHTML(false)
	enc.Encode(Msg{"raw", 2, "<b>&</b>"})
	enc.SetIndent("// ", "    ")
	enc.Encode(map[string]any{"list": []any{1, "x", map[string]int{}}, "m": Msg{Kind: "k"}})
	fmt.Println("err:", enc.Encode(math.Inf(1)))

	var sb strings.Builder
	e2 := json.NewEncoder(&sb)
	for i := 0; i < 3; i++ {
		e2.Encode(Msg{Kind: "n", N: i})
	}
	fmt.Printf("%q\n", sb.String())
	var buf bytes.Buffer
	e3 := json.NewEncoder(&buf)
	e3.SetIndent("", "\t")
	e3.Encode([]Msg{{Kind: "a"}})
	fmt.Print(buf.String())

	dec := json.NewDecoder(strings.NewReader(`{"kind":"a","n":1}
		{"kind":"b","n":"two"}  {"kind":"c","n":3,"extra":[1,2]}
		[1,2,3] "tail"`))
	for dec.More() {
		var m Msg
		err := dec.Decode(&m)
		fmt.Println(m, err)
		if err != nil && !strings.Contains(err.Error(), "cannot unmarshal") {
			break
		}
	}
	var last string
	fmt.Println(dec.Decode(&last), last)
	err := dec.Decode(&last)
	fmt.Println(err, err == io.EOF, dec.More())

	d2 := json.NewDecoder(strings.NewReader(`{"n": 1} {"n": 2`))
	var m Msg
	fmt.Println(d2.Decode(&m), m.N)
	err = d2.Decode(&m)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF), m.N)

	d3 := json.NewDecoder(strings.NewReader(`[1] ]  [2]`))
	var xs []int
	fmt.Println(d3.Decode(&xs), xs)
	err = d3.Decode(&xs)
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(d3.Decode(&xs))

	d4 := json.NewDecoder(strings.NewReader(`{"big": 123456789012345678901234567890, "f": 1.0}`))
	d4.UseNumber()
	var any1 map[string]any
	fmt.Println(d4.Decode(&any1))
	fmt.Printf("%T %v %v\n", any1["big"], any1["big"], any1["f"])
	d5 := json.NewDecoder(strings.NewReader("   \n\t "))
	fmt.Println(d5.Decode(&any1), d5.More())
}
