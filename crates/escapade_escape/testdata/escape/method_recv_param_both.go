// method_: methods whose receiver and parameter flow into each other.
package main

type list struct {
	head *elem
}

type elem struct {
	v    int
	next *elem
}

func (l *list) pushFront(e *elem) {
	e.next = l.head
	l.head = e
}

func (l *list) front() *elem { return l.head }

func main() {}
