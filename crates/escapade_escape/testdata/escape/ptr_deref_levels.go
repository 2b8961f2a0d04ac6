// ptr_: dereference levels with three levels of indirection.
package main

var sink *int
var sinkPP **int

func level1(ppp ***int) { sinkPP = *ppp }

func level2(ppp ***int) { sink = **ppp }

func level0(ppp ***int) ***int { return ppp }

func main() {}
