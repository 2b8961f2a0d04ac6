// iface_: interfaces embedded in structs; calls through the embedded field
// are interface calls.
package main

type reader interface{ Read(p []byte) (int, error) }

type wrapped struct {
	reader
	n int
}

func readAll(w wrapped) int {
	buf := make([]byte, 16)
	k, _ := w.Read(buf)
	return k
}

func makeWrapped(r reader) *wrapped {
	return &wrapped{reader: r}
}

func main() {}
