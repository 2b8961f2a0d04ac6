// Covers: json.Marshaler/Unmarshaler implementations, json.Encoder/Decoder streams, json.RawMessage.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"low", "high"}[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = Low
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", s)
	}
	return nil
}

type Event struct {
	Name    string          `json:"name"`
	Level   Level           `json:"level"`
	Payload json.RawMessage `json:"payload"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Event{Name: "boot", Level: High, Payload: json.RawMessage(`{"x":1}`)})
	dec := json.NewDecoder(strings.NewReader(`{"name":"a","level":"low","payload":[1]}
{"name":"b","level":"high","payload":null}
{"name":"c","level":"mid"}`))
	for {
		var e Event
		if err := dec.Decode(&e); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(e.Name, e.Level, string(e.Payload))
	}
}
