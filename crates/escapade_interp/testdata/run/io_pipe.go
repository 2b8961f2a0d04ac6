// Covers: io.Pipe on the scheduler: a write handed whole to a waiting read, the writer's close
// (EOF, CloseWithError's error), the reader's close (io.ErrClosedPipe for the writer), writes
// and reads after close, a write waiting for a goroutine's read, io.ReadAll and fmt.Fprintf
// through a pipe.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprintf(pw, "message %d", 1)
		pw.Close()
	}()
	buf := make([]byte, 64)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err := pw.Write([]byte("late"))
	fmt.Println(n, err, err == io.ErrClosedPipe)

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr2)
	fmt.Printf("%q %v\n", data, err)

	pr3, pw3 := io.Pipe()
	got := make(chan string, 1)
	go func() {
		b := make([]byte, 32)
		n, err := pr3.Read(b)
		got <- fmt.Sprint(n, " ", string(b[:n]), " ", err)
		pr3.Close()
	}()
	n, err = pw3.Write([]byte("to the goroutine"))
	fmt.Println(n, err, <-got)
	n, err = pw3.Write([]byte("nobody reads"))
	fmt.Println(n, err)
	n, err = pr3.Read(buf)
	fmt.Println(n, err)

	pr4, pw4 := io.Pipe()
	go func() {
		io.WriteString(pw4, "line one\n")
		pw4.CloseWithError(nil)
	}()
	all, err := io.ReadAll(pr4)
	fmt.Printf("%q %v\n", all, err)
}
