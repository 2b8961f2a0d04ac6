// Mistake: duplicate string case in a command switch.
package main

import "fmt"

func run(cmd string) {
	switch cmd {
	case "start":
		fmt.Println("starting")
	case "stop":
		fmt.Println("stopping")
	case "start":
		fmt.Println("again")
	}
}

func main() { run("start") }
