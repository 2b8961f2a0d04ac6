// select_: sending composite literals in select cases.
package main

type msg struct{ body []byte }

func post(ch chan *msg, b []byte) {
	select {
	case ch <- &msg{body: b}:
	default:
	}
}

func postValue(ch chan msg) {
	select {
	case ch <- msg{body: []byte("x")}:
	default:
	}
}

func main() {}
