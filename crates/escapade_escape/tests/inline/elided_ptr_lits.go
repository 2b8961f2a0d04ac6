// Elided composite literals of pointer type cost as their &T{…} form (go1.27.3).
package main

type P struct{ n int }

func f() map[string]*P { return map[string]*P{"a": {1}} }

func g() map[string]*P { return map[string]*P{"a": &P{1}} }

func h() []*P { return []*P{{1}, {2}} }

func k() []*P { return []*P{&P{1}, &P{2}} }

func main() {}
