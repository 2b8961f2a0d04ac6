// Covers: encoding/json on generated inputs (scripts/interp-json-diff.py --emit 1 60): random JSON shapes decoded into a struct tree (embedded struct, int8/float32 limits, *bool, the string option, [2]Leaf, *Leaf, any, []byte, json.Number, RawMessage), into any and into []Leaf; first errors with their paths; everything marshaled back.
package main

import (
	"encoding/json"
	"fmt"
)

type Leaf struct {
	S string `json:"s"`
	N int8   `json:"n,omitempty"`
	F float32
	B *bool `json:"b"`
	U uint  `json:",string"`
}

type Tree struct {
	Name  string
	Kids  []Tree `json:"kids"`
	Meta  map[string]any
	Arr   [2]Leaf
	P     *Leaf
	Any   any
	Bytes []byte
	Num   json.Number
	Raw   json.RawMessage
	Leaf
}

func main() {
	inputs := []string{
		"-0.0",
		"false",
		"false",
		"{\"Num\":null,\"b\":{},\"Num\":[]}",
		"null",
		"{\"Meta\":false,\"s\":null}",
		"null",
		"null",
		"{\"Raw\":null}",
		"\"\\\"q\\\"\"",
		"{\"S\":\"\\u00e9\",\"Meta\":\"\\\"q\\\"\",\"NAME\":[]}",
		"{\"b\":3.5,\"b\":[\"<&>\",[\"-3\",null,\"x y\"],{\"Name\":9007199254740993,\"Bytes\":\"aGk=\",\"NAME\":null}],\"Name\":{\"name\":null,\"name\":null},\"P\":{\"Name\":\"\"}}",
		"\"true\"",
		"\"\\u2028\"",
		"[{\"S\":null,\"Num\":\"x\"},0.1]",
		"\"\\u2028\"",
		"null",
		"{\"f\":\"true\",\"Raw\":{\"Raw\":[],\"S\":[null,true,true]}}",
		"[]",
		"true",
		"null",
		"{}",
		"[[]]",
		"1E-2",
		"[]",
		"127",
		"[[{\"name\":\"a\",\"s\":-2.5e+1},[false,null,0.1]]]",
		"\"-3\"",
		"{}",
		"\"\"",
		"{\"n\":1e400}",
		"{\"Meta\":{\"x\":null},\"Num\":{},\"Raw\":null,\"P\":128}",
		"null",
		"[]",
		"false",
		"[{\"Arr\":0,\"S\":null,\"f\":\"-3\",\"NAME\":0.1}]",
		"null",
		"{\"Bytes\":\"aGk=\"}",
		"\"-3\"",
		"{\"kids\":{},\"Num\":true,\"x\":{},\"Any\":{\"s\":128,\"Any\":1e3}}",
		"{\"Arr\":false}",
		"[\"a\",null,true]",
		"127",
		"\"<&>\"",
		"[[[],[\"12\"]],false]",
		"null",
		"{}",
		"{\"U\":true}",
		"false",
		"true",
		"false",
		"[false,[]]",
		"null",
		"[]",
		"null",
		"false",
		"true",
		"\"x y\"",
		"{\"b\":{\"Meta\":-1}}",
		"{\"S\":[{\"b\":false,\"n\":null},null],\"P\":[{\"Num\":1.50,\"F\":1e400},false,\"\\\"q\\\"\"],\"S\":{\"Arr\":9007199254740993,\"kids\":[false]}}",
	}
	for i, in := range inputs {
		var t Tree
		err := json.Unmarshal([]byte(in), &t)
		b, err2 := json.Marshal(t)
		fmt.Println(i, err, string(b), err2)
		var a any
		err = json.Unmarshal([]byte(in), &a)
		b, err2 = json.Marshal(a)
		fmt.Println(i, err, string(b), err2)
		var ls []Leaf
		err = json.Unmarshal([]byte(in), &ls)
		b, err2 = json.Marshal(ls)
		fmt.Println(i, err, string(b), err2)
	}
}
