// fmt.Formatter and fmt.GoStringer of the program: flags, width and precision through fmt.State, nested values, pointer receivers.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	flags := ""
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(f, "<%c w=%d/%v p=%d/%v flags=%q>", verb, w, wok, p, pok, flags)
	f.Write([]byte(strconv.FormatInt(m.Cents, 10)))
	fmt.Fprint(f, m.Cur)
}

type Temp float64

func (t *Temp) Format(f fmt.State, c rune) {
	fmt.Fprintf(f, "%.1f°", float64(*t))
}

type Color int

func (c Color) GoString() string { return "Color(" + strconv.Itoa(int(c)) + ")" }
func (c Color) String() string   { return [...]string{"red", "green", "blue"}[c] }

type Bag struct {
	M     Money
	Items []Money
	c     Color
}

func main() {
	m := Money{1250, "EUR"}
	fmt.Printf("%v\n%+v\n%#v\n%s\n%d\n", m, m, m, m, m)
	fmt.Printf("%8.2f|%-5x|%+ 0q|%*.*v\n", m, m, m, 3, 4, m)
	fmt.Println(m, []Money{{1, "a"}, {2, "b"}})
	fmt.Printf("%v %+v\n", Bag{m, []Money{{3, "c"}}, 2}, &Bag{M: m})
	s := fmt.Sprint(m) + fmt.Sprintf("[%6v]", m)
	fmt.Println(s, len(s))
	t := Temp(21.55)
	fmt.Println(&t, t)
	fmt.Printf("%v %d %#v %s|%10s|%-10v|%#8v|%#.3v\n", Color(1), Color(1), Color(2), Color(0), Color(1), Color(2), Color(0), Color(1))
	fmt.Printf("%#v %#v\n", []Color{0, 1}, map[string]Color{"x": 2})
	err := fmt.Errorf("paid %v: %w", m, errors.New("late"))
	fmt.Println(err)
	fmt.Printf("%T %T\n", m, &t)
}
