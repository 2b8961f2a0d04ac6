// Covers: iota in a const block, implicit repetition, skipped values with _, typed enum with String method.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

const (
	_  = iota // skip zero
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Println(int(d), d)
	}
	fmt.Println(Weekday(9))
	fmt.Println(KB, MB, GB, TB)
}
