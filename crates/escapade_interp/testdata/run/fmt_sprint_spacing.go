// Sprint adds spaces only between operands when neither is a string; Sprintln always.
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1), fmt.Sprint(1, "x"))
	fmt.Print(fmt.Sprintln("a", 1, "b"))
	fmt.Print("no newline", 5, "\n")
	s := fmt.Sprint()
	fmt.Println(len(s), fmt.Sprint(nil), fmt.Sprint([]int(nil)))
}
