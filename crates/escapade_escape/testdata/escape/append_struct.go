// append_: appending struct values that contain pointers.
package main

type kv struct {
	k string
	v *int
}

func add(list []kv, k string, v int) []kv {
	return append(list, kv{k: k, v: &v})
}

func addValue(list []kv, e kv) []kv {
	return append(list, e)
}

func main() {}
