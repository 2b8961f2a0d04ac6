// Covers: defer inside a helper called per iteration (the closing-resources idiom), defer with method values.
package main

import (
	"fmt"
	"strings"
)

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func (r *Resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func process(name string, log *[]string) {
	r := Open(name, log)
	defer r.Close()
	*log = append(*log, "use "+r.name)
}

func main() {
	var log []string
	for _, n := range []string{"a", "b"} {
		process(n, &log)
	}
	fmt.Println(strings.Join(log, ", "))
}
