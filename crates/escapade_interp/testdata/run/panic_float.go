// uncaught: panic with a float64 value (runtime prints it in shortest form).
package main

func main() {
	panic(1.5e300 * 2)
}
