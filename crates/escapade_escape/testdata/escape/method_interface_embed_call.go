// method_: calling through an interface stored in a struct field.
package main

type logger interface{ Log(msg string, args ...any) }

type service struct{ log logger }

func (s *service) do(n int) {
	s.log.Log("doing", n, "things")
}

func main() {}
