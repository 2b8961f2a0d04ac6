// std_: os package calls with string arguments.
package main

import "os"

func home() string {
	return os.Getenv("HOME")
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

func main() {
	_ = home()
	_ = exists("/")
}
