// uncaught: a panic string with newlines is printed with tab-indented continuation lines.
package main

func main() {
	panic("first line\nsecond line\nthird")
}
