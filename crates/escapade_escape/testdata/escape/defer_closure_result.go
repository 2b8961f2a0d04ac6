// defer_: deferred closures modifying named results (captured by reference,
// closure does not escape at top level).
package main

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = 0
		}
	}()
	return a / b, nil
}

func count() (n int) {
	defer func() { n++ }()
	return 1
}

func main() {}
