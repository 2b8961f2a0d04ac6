// param_: storing parameters into map parameters (key of map put).
package main

func put(m map[*int]int, k *int) { m[k] = 1 }

func putVal(m map[int]*int, v *int) { m[0] = v }

func get(m map[int]*int) *int { return m[0] }

func main() {}
