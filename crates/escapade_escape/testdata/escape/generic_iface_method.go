// generic_: calling a method through a constraint interface on a type
// parameter (dictionary call).
package main

type stringer interface{ String() string }

type id int

func (i id) String() string { return "id" }

func Describe[T stringer](v T) string {
	return v.String()
}

func DescribeAll[T stringer](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

func use() string {
	return Describe(id(1)) + DescribeAll([]id{2})[0]
}

func main() {}
