// switch_: type switch case variable whose address escapes is moved to the
// heap (reported at the case type).
package main

var sp *string
var ip *int

func keep(x any) {
	switch v := x.(type) {
	case string:
		sp = &v
	case int:
		ip = &v
	}
}

func main() {}
