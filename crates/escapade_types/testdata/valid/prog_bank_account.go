// Covers: a bank account with errors: struct methods, sentinel errors, error wrapping, transaction log.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrInvalidAmount = errors.New("invalid amount")

type Account struct {
	ID      string
	balance int
	history []string
}

func (a *Account) Deposit(amt int) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %d: %w", amt, ErrInvalidAmount)
	}
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%d", amt))
	return nil
}

func (a *Account) Withdraw(amt int) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amt, a.ID, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%d", amt))
	return nil
}

func Transfer(from, to *Account, amt int) error {
	if err := from.Withdraw(amt); err != nil {
		return err
	}
	return to.Deposit(amt)
}

func main() {
	a := &Account{ID: "A"}
	b := &Account{ID: "B"}
	fmt.Println(a.Deposit(100), a.Deposit(-5))
	fmt.Println(Transfer(a, b, 30))
	err := Transfer(b, a, 50)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(a.balance, b.balance, a.history, b.history)
}
