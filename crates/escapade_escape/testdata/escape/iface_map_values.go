// iface_: map[string]interface{} values are boxed and always escape because
// map contents live on the heap.
package main

func record(id int, name string) map[string]interface{} {
	return map[string]interface{}{"id": id, "name": name}
}

func set(m map[string]interface{}, k string, v float64) {
	m[k] = v
}

func main() {}
