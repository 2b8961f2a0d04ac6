// Mistake: returning a custom error type whose Error method has a pointer receiver, by value.
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func check(n int) error {
	if n < 0 {
		return MyErr{n}
	}
	return nil
}

func main() {
	fmt.Println(check(-1))
}
