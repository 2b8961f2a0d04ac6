package main

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2 + 3
	v := <-ch
	v, ok := <-ch
	<-ch
	_, _ = v, ok
	cc := make(chan chan int)
	go func() { cc <- ch }()
	<-<-cc
	close(ch)
}
