// Covers: embedding an interface in a struct (decorator pattern), overriding one promoted method.
package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(msg string)
	Flush() []string
}

type memLogger struct{ lines []string }

func (m *memLogger) Log(msg string)  { m.lines = append(m.lines, msg) }
func (m *memLogger) Flush() []string { out := m.lines; m.lines = nil; return out }

type prefixLogger struct {
	Logger // embedded interface: Flush is promoted
	prefix string
}

func (p prefixLogger) Log(msg string) { p.Logger.Log(p.prefix + msg) }

func main() {
	base := &memLogger{}
	var l Logger = prefixLogger{Logger: base, prefix: "[app] "}
	l.Log("start")
	l.Log("stop")
	fmt.Println(strings.Join(l.Flush(), "; "))
	fmt.Println(len(base.Flush()))
}
