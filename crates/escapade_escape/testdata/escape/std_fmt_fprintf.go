// std_: fmt.Fprintf to an io.Writer parameter and to os.Stdout.
package main

import (
	"fmt"
	"io"
	"os"
)

func report(w io.Writer, name string, n int) {
	fmt.Fprintf(w, "%s=%d\n", name, n)
}

func main() {
	report(os.Stdout, "x", 1)
	fmt.Fprintln(os.Stderr, "done")
}
