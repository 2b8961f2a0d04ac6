// Printf float verbs with widths, precisions and flags.
package main

import "fmt"

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f\n", x, x, x, x, x, x)
	fmt.Printf("%e|%.2e|%E|%g|%G|%.3g\n", x, x, x*1e10, x, x*1e-7, x)
	fmt.Printf("%#g|%#.0f|%#.3e|% f|% .2f\n", 1.0, 2.0, 3.0, x, -x)
	fmt.Printf("%v|%10v|%-10v|%010v\n", 2.5, 2.5, 2.5, -2.5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5)
	fmt.Printf("%6.2f%%\n", 45.678)
}
