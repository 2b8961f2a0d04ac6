// Covers: value vs pointer receivers, mutation through pointer receivers, copies with value receivers.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Summary() string { return fmt.Sprintf("%s:%d", a.Owner, a.Balance) }

func (a *Account) Deposit(n int) { a.Balance += n }

func (a Account) TryDeposit(n int) { a.Balance += n } // modifies a copy

func main() {
	acc := Account{Owner: "ann"}
	acc.Deposit(50)
	acc.TryDeposit(1000)
	fmt.Println(acc.Summary())
	p := &acc
	p.Deposit(25)
	fmt.Println(p.Summary())
	accounts := []*Account{{Owner: "x"}, {Owner: "y"}}
	for _, a := range accounts {
		a.Deposit(10)
	}
	fmt.Println(accounts[0].Summary(), accounts[1].Summary())
	byName := map[string]Account{"z": {Owner: "z"}}
	z := byName["z"]
	z.Deposit(5) // map elements are not addressable; work on a copy
	byName["z"] = z
	fmt.Println(byName["z"].Summary())
}
