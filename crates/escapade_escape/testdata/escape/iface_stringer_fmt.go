// iface_: values passed to fmt as interfaces; a type with a String method
// still gets boxed when converted.
package main

import "fmt"

type temp struct{ deg int }

func (t temp) String() string { return fmt.Sprint(t.deg) }

func show(t temp) {
	fmt.Println(t)
}

func showPtr(t *temp) {
	fmt.Println(t)
}

func main() {
	show(temp{1})
	showPtr(&temp{2})
}
