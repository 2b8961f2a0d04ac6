// Covers: encoding/json Marshal/MarshalIndent/Unmarshal with struct tags, omitempty, nested structs, maps, slices.
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Email   string            `json:"email,omitempty"`
	Tags    []string          `json:"tags"`
	Addr    *Address          `json:"address,omitempty"`
	Meta    map[string]string `json:"meta,omitempty"`
	private int
}

func main() {
	p := Person{Name: "Ann", Age: 30, Tags: []string{"admin"}, Addr: &Address{City: "Oslo"}, private: 1}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	pretty, _ := json.MarshalIndent(map[string]any{"b": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(pretty))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"tags":["x","y"],"meta":{"k":"v"}}`), &q)
	fmt.Println(q.Name, q.Age, q.Tags, q.Meta["k"], q.Addr == nil, err)
	var generic map[string]any
	json.Unmarshal([]byte(`{"n": 1.5, "list": [true, null, "s"]}`), &generic)
	fmt.Printf("%T %v\n", generic["n"], generic["list"])
	var bad Person
	err = json.Unmarshal([]byte(`{"age": "old"}`), &bad)
	fmt.Println(err)
}
