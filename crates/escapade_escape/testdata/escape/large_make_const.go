// large_: make with constant sizes around the 64 KiB implicit limit for
// different element sizes.
package main

func bytesAtLimit() int {
	return len(make([]byte, 64<<10))
}

func bytesOver() int {
	return len(make([]byte, 64<<10+1))
}

func int64sAtLimit() int {
	return len(make([]int64, 8192))
}

func stringsOver() int {
	return len(make([]string, 5000))
}

func main() {}
