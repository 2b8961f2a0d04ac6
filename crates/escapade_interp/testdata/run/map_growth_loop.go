// growing a map in a loop: len after each power of two, and sums over values.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 10000; i++ {
		m[i*7%10007] = i
		if (i+1)&i == 0 {
			fmt.Println(i+1, len(m))
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), sum)
}
