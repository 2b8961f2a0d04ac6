// param_: func-typed parameters: called (does not escape), returned
// (to result), stored (leaks).
package main

var saved func()

func call(f func()) { f() }

func ret(f func()) func() { return f }

func store(f func()) { saved = f }

func main() {}
