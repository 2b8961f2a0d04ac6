// a small bank simulation: structs, methods, errors, maps with sorted reports.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance int64
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Open(owner string, amount int64) {
	b.accounts[owner] = &Account{owner, amount}
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	f, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	if f.Balance < amt {
		return fmt.Errorf("transfer %d from %s: %w", amt, from, ErrInsufficient)
	}
	f.Balance -= amt
	b.accounts[to].Balance += amt
	return nil
}

func main() {
	b := &Bank{map[string]*Account{}}
	b.Open("ann", 100)
	b.Open("bob", 50)
	fmt.Println(b.Transfer("ann", "bob", 30))
	err := b.Transfer("bob", "ann", 500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(b.Transfer("cat", "ann", 1))
	names := make([]string, 0)
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %d\n", n, b.accounts[n].Balance)
	}
}
