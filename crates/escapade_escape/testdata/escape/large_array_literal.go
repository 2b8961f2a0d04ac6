// large_: large array composite literals assigned to locals.
package main

func arr() int {
	a := [20000]int{1, 2, 3}
	return a[1]
}

func arrPtr() *[20000]int {
	return &[20000]int{4}
}

func main() {}
