// Covers: encoding/json with map[string]any, type switches over decoded values, json.Number via Decoder.UseNumber, embedded structs.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Post struct {
	Base
	Title string `json:"title"`
}

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	default:
		*out = append(*out, fmt.Sprintf("%s=%v", prefix, x))
	}
}

func main() {
	var doc any
	json.Unmarshal([]byte(`{"b":{"c":[1,2,{"d":null}]},"a":"x"}`), &doc)
	var lines []string
	walk("$", doc, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	fmt.Printf("%T %v\n", m["big"], m["big"])
	b, _ := json.Marshal(Post{Base{7, "2024-01-01"}, "hello"})
	fmt.Println(string(b))
}
