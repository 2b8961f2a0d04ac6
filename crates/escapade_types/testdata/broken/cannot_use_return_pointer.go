// Mistake: returning a struct value where a pointer is declared.
package main

import "fmt"

type Config struct{ Debug bool }

func defaults() *Config {
	return Config{Debug: true}
}

func main() {
	fmt.Println(defaults().Debug)
}
