// Covers: goto forward over statements, backward goto as a loop, goto out of nested loops, a
// switch and a select, and goto inside a goroutine that waits on channels.
package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v == want:
				fmt.Println("found at", i, j)
				goto done
			case v < 0:
				goto skip
			}
		}
	skip:
		fmt.Println("row", i, "done")
	}
	return -1, -1
done:
	return want, want
}

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto again
	}
	fmt.Println(find([][]int{{1, 2}, {-1, 9}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1}}, 7))

	ch := make(chan int)
	out := make(chan string)
	go func() {
		n := 0
	loop:
		v, ok := <-ch
		if !ok {
			goto end
		}
		n += v
		goto loop
	end:
		out <- fmt.Sprint("sum ", n)
	}()
	for k := 1; k <= 4; k++ {
		ch <- k
	}
	close(ch)
	fmt.Println(<-out)
	goto last
last:
	select {
	case out <- "x":
	default:
		fmt.Println("no receiver")
	}
}
