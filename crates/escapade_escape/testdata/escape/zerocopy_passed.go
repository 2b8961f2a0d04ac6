// zerocopy_: []byte(s) passed to a callee that neither mutates nor keeps it.
package main

func sum(b []byte) int {
	t := 0
	for _, x := range b {
		t += int(x)
	}
	return t
}

func write(b []byte) { b[0] = 0 }

func viaSum(s string) int { return sum([]byte(s)) }

func viaWrite(s string) { write([]byte(s)) }

func main() {}
