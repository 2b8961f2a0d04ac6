// large_: large struct locals with pointer fields; sizes under and over
// 128 KiB (go1.24+ MaxStackVarSize), both far under go1.23's 10 MiB.
package main

type frame struct {
	buf  [140000]byte
	next *frame
}

type lite struct {
	buf  [1000]byte
	next *lite
}

func bigFrame() byte {
	var f frame
	return f.buf[0]
}

func liteFrame() byte {
	var l lite
	return l.buf[0]
}

func main() {}
