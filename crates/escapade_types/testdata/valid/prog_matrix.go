// Covers: matrix multiplication and transpose with [][]float64, named matrix type, methods and errors for shape mismatch.
package main

import (
	"errors"
	"fmt"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("shape mismatch")
	}
	res := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res, nil
}

func (m Matrix) T() Matrix {
	t := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := a.T()
	p, err := a.Mul(b)
	fmt.Println(p, err)
	_, err = a.Mul(a)
	fmt.Println(err)
}
