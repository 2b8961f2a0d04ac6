// Covers: encoding/json.Unmarshal into an interface variable: a non-nil pointer inside is decoded through (pointee merged, **T followed, type errors name the pointee type), null empties the interface, a nil pointer or a non-pointer value inside is replaced by the generic value.
package main

import (
	"encoding/json"
	"fmt"
)

type S struct{ A, B int }

func main() {
	n := 5
	var a any = &n
	err := json.Unmarshal([]byte(`7`), &a)
	fmt.Println(err, n, *a.(*int), a.(*int) == &n)
	s := S{1, 2}
	var b any = &s
	err = json.Unmarshal([]byte(`{"A":9}`), &b)
	fmt.Printf("%v %+v %T\n", err, s, b)
	var c any = s
	err = json.Unmarshal([]byte(`{"A":9}`), &c)
	fmt.Printf("%v %T %v\n", err, c, c)
	var p *int
	var d any = p
	err = json.Unmarshal([]byte(`3`), &d)
	fmt.Printf("%v %T %v\n", err, d, d)
	var e any = &p
	err = json.Unmarshal([]byte(`4`), &e)
	fmt.Printf("%v %T %v\n", err, e, *p)
	var f any = &n
	err = json.Unmarshal([]byte(`null`), &f)
	fmt.Printf("%v %T %v\n", err, f, n)
	var g any = &n
	err = json.Unmarshal([]byte(`"str"`), &g)
	fmt.Printf("%v %T %v\n", err, g, n)
}
