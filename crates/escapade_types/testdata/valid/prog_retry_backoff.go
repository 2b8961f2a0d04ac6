// Covers: retry with exponential backoff computed (not slept), closures returning errors, errors.Join of attempts.
package main

import (
	"errors"
	"fmt"
	"time"
)

func retry(attempts int, base time.Duration, op func(int) error) (time.Duration, error) {
	var errs []error
	var waited time.Duration
	for i := 0; i < attempts; i++ {
		err := op(i)
		if err == nil {
			return waited, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", i+1, err))
		waited += base << i
	}
	return waited, errors.Join(errs...)
}

func main() {
	flaky := func(i int) error {
		if i < 2 {
			return errors.New("connection refused")
		}
		return nil
	}
	fmt.Println(retry(5, 100*time.Millisecond, flaky))
	_, err := retry(3, time.Second, func(int) error { return errors.New("down") })
	fmt.Println(err)
}
