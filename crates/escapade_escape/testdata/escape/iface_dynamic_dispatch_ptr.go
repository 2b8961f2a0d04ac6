// iface_: pointer receivers stored in interfaces; the struct allocated with
// &T{} escapes as soon as it is put into an escaping interface.
package main

type speaker interface{ speak() string }

type dog struct{ name string }

func (d *dog) speak() string { return d.name }

var zoo []speaker

func adopt(name string) {
	zoo = append(zoo, &dog{name: name})
}

func talk(name string) string {
	var s speaker = &dog{name: name}
	return s.speak()
}

func main() {}
