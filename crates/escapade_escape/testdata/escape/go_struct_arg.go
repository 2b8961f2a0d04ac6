// go_: passing a pointer to a local struct to a goroutine.
package main

type job struct {
	id   int
	data []byte
}

func process(j *job) {}

func submit(id int) {
	j := job{id: id, data: make([]byte, 16)}
	go process(&j)
}

func submitNew(id int) {
	go process(&job{id: id})
}

func main() {}
