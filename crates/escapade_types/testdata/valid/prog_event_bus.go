// Covers: an event bus: map of topic to handler slices, func types, variadic subscribe, sorted topics.
package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Topic string
	Data  any
}

type Handler func(Event)

type Bus struct {
	subs map[string][]Handler
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]Handler)} }

func (b *Bus) Subscribe(topic string, hs ...Handler) {
	b.subs[topic] = append(b.subs[topic], hs...)
}

func (b *Bus) Publish(e Event) int {
	for _, h := range b.subs[e.Topic] {
		h(e)
	}
	return len(b.subs[e.Topic])
}

func (b *Bus) Topics() []string {
	ts := make([]string, 0, len(b.subs))
	for t := range b.subs {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

func main() {
	bus := NewBus()
	var log []string
	logger := func(e Event) { log = append(log, fmt.Sprintf("%s:%v", e.Topic, e.Data)) }
	bus.Subscribe("user.created", logger, func(e Event) { fmt.Println("welcome", e.Data) })
	bus.Subscribe("order.paid", logger)
	fmt.Println(bus.Publish(Event{"user.created", "ann"}))
	fmt.Println(bus.Publish(Event{"order.paid", 42}))
	fmt.Println(bus.Publish(Event{"nobody", nil}))
	fmt.Println(log, bus.Topics())
}
