// result_: multiple results including an error.
package main

import "errors"

var errEmpty = errors.New("empty")

func parse(s string) (*string, error) {
	if s == "" {
		return nil, errEmpty
	}
	return &s, nil
}

func head(xs []int) (int, []int, error) {
	if len(xs) == 0 {
		return 0, nil, errEmpty
	}
	return xs[0], xs[1:], nil
}

func main() {}
