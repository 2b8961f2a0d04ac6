// conv_: a value-type error converted at return.
package main

type notFound struct{ key string }

func (n notFound) Error() string { return "not found: " + n.key }

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, notFound{key: k}
	}
	return v, nil
}

func main() {}
