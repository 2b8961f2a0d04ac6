package main

func main() {
	var m map[string]int
	var mm map[string]map[int][]string
	var mf map[[2]int]func() error
	var c chan int
	var s chan<- string
	var r <-chan bool
	var cc chan<- chan int
	var rc <-chan <-chan int
	var cr chan (<-chan int)
	var bi chan []int
	_, _, _, _, _, _, _, _, _, _ = m, mm, mf, c, s, r, cc, rc, cr, bi
}
