// param_: channel parameters: sending a parameter over a channel leaks it.
package main

func send(ch chan *int, p *int) { ch <- p }

func recv(ch chan *int) *int { return <-ch }

func sendVal(ch chan []byte, b []byte) { ch <- b }

func main() {}
