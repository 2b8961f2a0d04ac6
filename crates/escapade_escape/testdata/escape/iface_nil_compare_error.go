// iface_: error values only compared with nil or returned do not escape
// further than the result.
package main

type cerr struct{ s string }

func (c cerr) Error() string { return c.s }

func mk(s string) error {
	return cerr{s: s}
}

func check(e error) bool {
	return e != nil
}

func wrapLocal(s string) bool {
	e := error(cerr{s: s})
	return check(e)
}

func main() {}
