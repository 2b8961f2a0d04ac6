// Select cases and their inline costs (go1.27.3 -m=2): plain receives, one- and
// two-value receives, sends, default.
package main

var sink *int

func a(ch chan *int) { select { case <-ch: } }
func b(ch chan *int) { select { case p := <-ch: sink = p } }
func c(ch chan *int) { var p *int; select { case p = <-ch: }; sink = p }
func d(ch chan *int) { var p *int; var ok bool; select { case p, ok = <-ch: }; sink = p; _ = ok }
func e(ch chan *int) { select { case p, ok := <-ch: sink = p; _ = ok } }
func f(ch chan *int) { select { case ch <- nil: } }
func g(ch chan *int) { select { case <-ch: default: } }
func h(ch chan *int) { for { select { case <-ch: return } } }
func i(ch chan *int) { select { case p := <-ch: sink = p; case <-ch: } }

func main() {}
