//go:build go1.26

package main

import _ "unsafe"

//go:linkname hashkey internal/runtime/maps.hashkey
var hashkey [4]uintptr

func hashKey() [4]uintptr { return hashkey }
