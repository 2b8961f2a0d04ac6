// Covers: implementing fmt.Stringer and error, %v using String/Error, custom error types with pointer receivers.
package main

import (
	"errors"
	"fmt"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string { return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur) }

type InsufficientFunds struct {
	Need, Have Money
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

func withdraw(have, need Money) (Money, error) {
	if need.Cents > have.Cents {
		return have, &InsufficientFunds{need, have}
	}
	return Money{have.Cents - need.Cents, have.Cur}, nil
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%s\n", m, m)
	left, err := withdraw(m, Money{500, "EUR"})
	fmt.Println(left, err)
	_, err = withdraw(m, Money{99999, "EUR"})
	var inf *InsufficientFunds
	if errors.As(err, &inf) {
		fmt.Println("as:", inf.Need)
	}
	fmt.Println(err)
}
