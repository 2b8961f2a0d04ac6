// method_: String methods concatenating receiver fields.
package main

type name struct{ first, last string }

func (n name) String() string { return n.first + " " + n.last }

func (n *name) Short() string { return n.first }

func main() {}
