// std_: fmt.Sprintf and fmt.Sprint results and argument boxing.
package main

import "fmt"

func label(id int, name string) string {
	return fmt.Sprintf("%d:%s", id, name)
}

func labels(ids []int) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, fmt.Sprint(id))
	}
	return out
}

func main() {
	_ = label(1, "a")
	_ = labels([]int{1})
}
