// Covers: a traffic-light state machine with typed constants, map of transitions, String method, loop.
package main

import "fmt"

type State uint8

const (
	Red State = iota
	Green
	Yellow
)

func (s State) String() string {
	switch s {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

var next = map[State]State{Red: Green, Green: Yellow, Yellow: Red}
var durations = [...]int{Red: 30, Green: 25, Yellow: 5}

func main() {
	s := Red
	elapsed := 0
	for i := 0; i < 7; i++ {
		fmt.Printf("t=%3d %v\n", elapsed, s)
		elapsed += durations[s]
		s = next[s]
	}
	fmt.Println(State(7))
}
