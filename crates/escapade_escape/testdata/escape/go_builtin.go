// go_: go with builtins and with an already-evaluated func value.
package main

func spawnPrint(s string) {
	go println(s)
}

func spawnVar(f func()) {
	go f()
}

func main() {}
