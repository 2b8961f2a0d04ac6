// builtin_: min and max flow all arguments to the result.
package main

var sink string

func minStr(a, b string) string { return min(a, b) }

func maxStore(a, b, c string) { sink = max(a, b, c) }

func minInts(a, b int) int { return min(a, b, 0) }

func main() {}
