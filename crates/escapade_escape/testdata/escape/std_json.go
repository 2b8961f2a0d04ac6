// std_: encoding/json Marshal / Unmarshal take interface{} and leak.
package main

import "encoding/json"

type msg struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

func encode(m msg) []byte {
	b, _ := json.Marshal(m)
	return b
}

func decode(b []byte) msg {
	var m msg
	_ = json.Unmarshal(b, &m)
	return m
}

func main() {
	_ = decode(encode(msg{ID: 1}))
}
