// Covers: map[string]func with closures over shared state, command dispatch, checking presence of funcs.
package main

import (
	"fmt"
	"strings"
)

func main() {
	stack := []int{}
	cmds := map[string]func(int){
		"push": func(n int) { stack = append(stack, n) },
		"pop": func(int) {
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		},
		"dup": func(int) { stack = append(stack, stack[len(stack)-1]) },
	}
	script := "push 1;push 2;dup 0;pop 0;push 7;nop 0"
	for _, stmt := range strings.Split(script, ";") {
		var name string
		var arg int
		fmt.Sscanf(stmt, "%s %d", &name, &arg)
		if f, ok := cmds[name]; ok {
			f(arg)
		} else {
			fmt.Println("unknown command", name)
		}
	}
	fmt.Println(stack)
}
