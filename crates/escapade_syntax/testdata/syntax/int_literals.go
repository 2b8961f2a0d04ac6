package main

var (
	dec      = 42
	dec2     = 1_000_000
	oct      = 0o755
	oct2     = 0O17
	legacy   = 0644
	hex      = 0xDead_Beef
	hex2     = 0XFF
	bin      = 0b1010_1010
	bin2     = 0B11
	zero     = 0
	big      = 18446744073709551615
	huge     = 0x1_0000_0000_0000_0000_0000_0000_0000_0000
	neg      = -17
	hexUnder = 0x_1F
)
