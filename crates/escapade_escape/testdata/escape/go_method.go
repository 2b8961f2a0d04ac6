// go_: go with a method call and with a method value.
package main

type server struct{ port int }

func (s *server) run()       {}
func (s server) runVal(n int) {}

func start(s *server) {
	go s.run()
}

func startVal(s server) {
	go s.runVal(1)
}

func startLocal() {
	s := server{port: 80}
	go s.run()
}

func main() {}
