// Sprintf results used as values: padding tables, percent signs, %v on mixed types.
package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		price float64
		qty   int
	}{{"apple", 1.25, 3}, {"kiwi", 0.5, 12}, {"watermelon", 3.999, 1}}
	for _, r := range rows {
		fmt.Printf("%-12s|%8.2f|%4d|%6.1f%%\n", r.name, r.price, r.qty, r.price*10)
	}
	fmt.Println(fmt.Sprintf("%v %v %v %v", 1, "a", 2.0, []any{nil, 1}))
	fmt.Printf("%5t|%-7v|%3c|\n", true, nil, 'x')
}
