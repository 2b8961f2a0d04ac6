// Covers: enum with explicit values and gaps, constant expressions using other constants, typed string constants.
package main

import "fmt"

type Status string

const (
	StatusActive   Status = "active"
	StatusInactive Status = "inactive"
)

type HTTPCode int

const (
	OK         HTTPCode = 200
	Created             = OK + 1
	BadRequest HTTPCode = 400
	NotFound            = BadRequest + 4
)

func (s Status) Valid() bool { return s == StatusActive || s == StatusInactive }

func main() {
	fmt.Println(StatusActive, Status("x").Valid(), StatusInactive.Valid())
	fmt.Printf("%v %T %v %T\n", Created, Created, NotFound, NotFound)
	const kib, mib = 1 << 10, 1 << 20
	fmt.Println(mib/kib, float64(3*mib)/kib)
}
