// method_: a pointer type satisfying an interface, passed to a function
// taking the interface (the pointer leaks via the interface call).
package main

type closer interface{ Close() error }

type file struct{ fd int }

func (f *file) Close() error { return nil }

func closeIt(c closer) error { return c.Close() }

func use() error {
	f := file{fd: 3}
	return closeIt(&f)
}

func main() {}
