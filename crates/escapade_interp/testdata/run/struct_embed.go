// embedded structs: promoted fields and methods, shadowing, printing.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	Dog
	Name string
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Name, d.Speak(), d)
	l := Loud{d, "LOUD"}
	fmt.Println(l.Name, l.Dog.Name, l.Speak())
	fmt.Printf("%+v\n", l)
}
