// large_: explicit variables: MaxStackVarSize is 10 MiB in go1.23 and
// 128 KiB in go1.24+, so these verdicts differ by version.
package main

func mib() byte {
	var b [1 << 20]byte
	b[1] = 2
	return b[0]
}

func under128k() byte {
	var b [100000]byte
	return b[7]
}

func over128k() byte {
	var b [200000]byte
	return b[9]
}

func main() {}
