// fmt uses String() and Error() methods when printing values.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%v %d %s %q\n", Green, Green, Blue, Red)
	fmt.Println(Temp(21.55), map[Color]Temp{Blue: 3})
	fmt.Printf("%+v %#v\n", Green, Green)
}
