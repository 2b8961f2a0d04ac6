package main

import (
	"fmt"
	str "strings"
	. "math"
	_ "embed"
	`os`
)

import "errors"

func main() {
	fmt.Println(str.ToUpper("x"), Pi, os.Args, errors.New("e"))
}
