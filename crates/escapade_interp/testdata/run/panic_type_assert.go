// uncaught: failed type assertion from interface{} (string is not int).
package main

func main() {
	var v any = "text"
	n := v.(int)
	_ = n
}
