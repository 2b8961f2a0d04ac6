// Covers: closures wrapping functions (middleware/decorators), captured configuration, variadic wrappers.
package main

import (
	"fmt"
	"strings"
)

type Handler func(req string) string

func logging(log *[]string) func(Handler) Handler {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "in:"+req)
			resp := next(req)
			*log = append(*log, "out:"+resp)
			return resp
		}
	}
}

func upper(next Handler) Handler {
	return func(req string) string { return next(strings.ToUpper(req)) }
}

func chain(h Handler, ms ...func(Handler) Handler) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	var log []string
	echo := func(req string) string { return "echo " + req }
	h := chain(echo, logging(&log), upper)
	fmt.Println(h("hi"))
	fmt.Println(log)
}
