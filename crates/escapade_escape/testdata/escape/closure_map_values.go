// closure_: closures stored as map values always escape (map contents live
// on the heap).
package main

func table(base int) map[string]func(int) int {
	return map[string]func(int) int{
		"add": func(x int) int { return x + base },
		"mul": func(x int) int { return x * base },
	}
}

func localTable(base int) int {
	m := map[string]func() int{}
	m["k"] = func() int { return base }
	return m["k"]()
}

func main() {}
