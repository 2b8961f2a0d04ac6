// Covers: fmt verbs %v %+v %#v %T %d %x %o %b %e %f %g %s %q %p-free formatting, width/precision, Sprintf/Fprintf.
package main

import (
	"fmt"
	"os"
)

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{"Ann", 30}
	fmt.Printf("%v|%+v|%#v|%T\n", u, u, u, u)
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f|%.2f|%8.3f|%e|%g\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%s|%q|%10s|%-10s|%x\n", "go", "go", "right", "left", "hi")
	fmt.Printf("%c|%U|%t|%v\n", 'G', 'G', true, []string{"a", "b"})
	fmt.Printf("%6.2f%%\n", 99.5)
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Fprintf(os.Stdout, "%v %v\n", map[string]int{"b": 2, "a": 1}, [2]bool{true})
	fmt.Print("no", "space", 1, 2, "\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("end"))
	err := fmt.Errorf("wrap: %w", os.ErrNotExist)
	fmt.Println(err)
}
