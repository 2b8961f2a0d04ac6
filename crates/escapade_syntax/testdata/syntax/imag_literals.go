package main

var (
	i1 = 0i
	i2 = 0123i
	i3 = 0o123i
	i4 = 0xabci
	i5 = 0.i
	i6 = 2.71828i
	i7 = 1.e+0i
	i8 = 6.67428e-11i
	i9 = 1E6i
	i10 = .25i
	i11 = .12345E+5i
	i12 = 0x1p-2i
	c   = complex(1, 2) + 3i
)
