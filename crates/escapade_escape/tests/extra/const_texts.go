package main

import "fmt"

type Color int

const r rune = 'x'
const u = 'y'

func main() {
	fmt.Println(rune(98), rune(-1), int32(98), r, u, '\u2028', '\x1a', '\u00a0', rune(0x10FFFF), '\U0001F600', 'a'+1)
	fmt.Println(Color(1), float32(1e10), int64(2.5e9), int(float32(16777217)), Color(-3), rune(0xD800+1))
	fmt.Println("\x00\x7f\u2028\u00a0\u200b\ufeff\xff\xf0\x9f", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789")
	fmt.Println("ääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääää")
	fmt.Println("\U0001F600\U000E0001\U0010FFFF\uE000\u0300\u2060\u3000")
}
