// a large map growing to 100k entries, then deleting most, then growing again.
package main

import "fmt"

func main() {
	m := map[int64]int64{}
	for i := int64(0); i < 100000; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m[99999])
	for i := int64(0); i < 100000; i += 1 {
		if i%10 != 0 {
			delete(m, i)
		}
	}
	fmt.Println(len(m), m[500], m[501])
	for i := int64(100000); i < 150000; i++ {
		m[i] = -i
	}
	var sum int64
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(len(m), sum)
}
