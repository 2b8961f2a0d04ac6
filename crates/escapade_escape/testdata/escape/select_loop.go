// select_: select in a loop accumulating received pointers.
package main

func collect(a, b chan *int, quit chan struct{}) []*int {
	var out []*int
	for {
		select {
		case p := <-a:
			out = append(out, p)
		case p := <-b:
			out = append(out, p)
		case <-quit:
			return out
		}
	}
}

func main() {}
