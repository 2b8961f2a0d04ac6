// Covers: a todo list app: slices of structs, IDs, filtering, toggling by pointer, String methods, enum status.
package main

import (
	"fmt"
	"strings"
)

type Status int

const (
	Open Status = iota
	Done
)

func (s Status) String() string {
	if s == Done {
		return "[x]"
	}
	return "[ ]"
}

type Task struct {
	ID     int
	Title  string
	Status Status
}

type TodoList struct {
	tasks  []Task
	nextID int
}

func (l *TodoList) Add(title string) int {
	l.nextID++
	l.tasks = append(l.tasks, Task{ID: l.nextID, Title: title})
	return l.nextID
}

func (l *TodoList) Complete(id int) bool {
	for i := range l.tasks {
		if l.tasks[i].ID == id {
			l.tasks[i].Status = Done
			return true
		}
	}
	return false
}

func (l *TodoList) Pending() []Task {
	var out []Task
	for _, t := range l.tasks {
		if t.Status == Open {
			out = append(out, t)
		}
	}
	return out
}

func (l *TodoList) String() string {
	var b strings.Builder
	for _, t := range l.tasks {
		fmt.Fprintf(&b, "%v %d. %s\n", t.Status, t.ID, t.Title)
	}
	return b.String()
}

func main() {
	var l TodoList
	l.Add("buy milk")
	id := l.Add("learn Go")
	l.Add("write tests")
	l.Complete(id)
	fmt.Println(l.Complete(42))
	fmt.Print(l.String())
	fmt.Println(len(l.Pending()), "pending")
}
