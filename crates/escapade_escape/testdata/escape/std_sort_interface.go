// std_: sort.Sort with a named slice type implementing sort.Interface.
package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func sortWords(ws []string) {
	sort.Sort(byLen(ws))
}

func main() {
	sortWords([]string{"bb", "a"})
}
