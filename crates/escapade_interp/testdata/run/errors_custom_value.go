// comparing errors by value; a nil *T error stored in an error interface is not nil.
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{404}
	}
	return p
}

func main() {
	e := find(true)
	fmt.Println(e, e != nil)
	e2 := find(false)
	fmt.Println(e2 == nil)
}
