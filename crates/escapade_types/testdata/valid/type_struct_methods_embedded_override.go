// Covers: overriding promoted methods, calling the embedded implementation explicitly, embedding multiple structs.
package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(m string) string { return l.prefix + m }

type Metrics struct{ count int }

func (m *Metrics) Inc() { m.count++ }

type Service struct {
	Logger
	*Metrics
	Name string
}

func (s Service) Log(m string) string {
	s.Inc()
	return s.Logger.Log("[" + s.Name + "] " + m)
}

func main() {
	s := Service{Logger{"> "}, &Metrics{}, "api"}
	fmt.Println(s.Log("started"))
	fmt.Println(s.Log("ready"))
	fmt.Println(s.count, s.Logger.Log("raw"))
}
