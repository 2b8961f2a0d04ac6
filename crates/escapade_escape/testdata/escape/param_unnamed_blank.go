// param_: unnamed and blank parameters print nothing; pointer-free params
// print nothing.
package main

func unnamed(*int, []byte) int { return 0 }

func blank(_ *int, _ string) int { return 1 }

func scalars(a int, b float64, c bool) int { return a }

func mixed(_ *int, q *int, n int) int { return *q + n }

func main() {}
