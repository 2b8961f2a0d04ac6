// Covers: a small library domain model: maps of pointers, embedded structs, errors, methods on slices, time arithmetic.
package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Item struct {
	ID    string
	Title string
}

type Book struct {
	Item
	Author string
}

type Loan struct {
	BookID string
	Member string
	Due    time.Time
}

type Library struct {
	books map[string]*Book
	loans map[string]Loan
}

var ErrOnLoan = errors.New("already on loan")

func (l *Library) Add(b *Book) { l.books[b.ID] = b }

func (l *Library) Lend(id, member string, today time.Time) (Loan, error) {
	if _, ok := l.books[id]; !ok {
		return Loan{}, fmt.Errorf("book %s: not found", id)
	}
	if _, out := l.loans[id]; out {
		return Loan{}, fmt.Errorf("book %s: %w", id, ErrOnLoan)
	}
	loan := Loan{id, member, today.AddDate(0, 0, 14)}
	l.loans[id] = loan
	return loan, nil
}

func (l *Library) Overdue(today time.Time) []string {
	var ids []string
	for id, loan := range l.loans {
		if today.After(loan.Due) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

func main() {
	lib := &Library{books: map[string]*Book{}, loans: map[string]Loan{}}
	lib.Add(&Book{Item{"b1", "Go"}, "Kernighan"})
	lib.Add(&Book{Item{"b2", "SICP"}, "Abelson"})
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	loan, err := lib.Lend("b1", "ann", day)
	fmt.Println(loan.Due.Format("2006-01-02"), err)
	_, err = lib.Lend("b1", "bob", day)
	fmt.Println(err, errors.Is(err, ErrOnLoan))
	_, err = lib.Lend("zz", "bob", day)
	fmt.Println(err)
	lib.Lend("b2", "cy", day.AddDate(0, 0, 10))
	fmt.Println(lib.Overdue(day.AddDate(0, 0, 20)), lib.books["b2"].Title)
}
