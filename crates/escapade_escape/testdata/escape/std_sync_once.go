// std_: sync.Once.Do with a closure and a package-level Once.
package main

import "sync"

var once sync.Once
var cfg map[string]string

func load() map[string]string {
	once.Do(func() {
		cfg = map[string]string{"k": "v"}
	})
	return cfg
}

func main() {
	_ = load()
}
