// os.Exit with a non-zero status: deferred calls do not run, nothing on stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exiting")
	os.Exit(3)
}
