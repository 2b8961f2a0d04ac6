// Covers: len/cap/range/slicing on pointers to arrays, arrays of arrays passed by pointer, array of structs.
package main

import "fmt"

type Board [3][3]byte

func (b *Board) Place(r, c int, p byte) { b[r][c] = p }

func (b *Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell == 0 {
				cell = '.'
			}
			s += string(cell)
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	b.Place(0, 0, 'X')
	b.Place(1, 1, 'O')
	b.Place(2, 2, 'X')
	fmt.Print(b.String())
	p := &b[1]
	fmt.Println(len(p), cap(p[:2]), string(p[1]))
}
