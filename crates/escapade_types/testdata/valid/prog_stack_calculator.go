// Covers: an RPN calculator: tokenizing with strings.Fields, a slice stack, strconv.ParseFloat, error returns.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func evalRPN(expr string) (float64, error) {
	var stack []float64
	pop := func() (float64, error) {
		if len(stack) == 0 {
			return 0, errors.New("stack underflow")
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v, nil
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			b, err := pop()
			if err != nil {
				return 0, err
			}
			a, err := pop()
			if err != nil {
				return 0, err
			}
			switch tok {
			case "+":
				stack = append(stack, a+b)
			case "-":
				stack = append(stack, a-b)
			case "*":
				stack = append(stack, a*b)
			case "/":
				stack = append(stack, a/b)
			}
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			stack = append(stack, v)
		}
	}
	if len(stack) != 1 {
		return 0, errors.New("malformed expression")
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 x *", "1 2"} {
		v, err := evalRPN(e)
		fmt.Printf("%-20q %v %v\n", e, v, err)
	}
}
