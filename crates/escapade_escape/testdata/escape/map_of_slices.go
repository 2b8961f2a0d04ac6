// map_: maps of slices: appending to a slice stored in a map.
package main

func group(words []string) map[byte][]string {
	g := make(map[byte][]string)
	for _, w := range words {
		g[w[0]] = append(g[w[0]], w)
	}
	return g
}

func countGroups(words []string) int {
	g := map[int][]string{}
	for _, w := range words {
		g[len(w)] = append(g[len(w)], w)
	}
	return len(g)
}

func main() {}
