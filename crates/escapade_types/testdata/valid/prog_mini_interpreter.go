// Covers: a tiny expression parser/evaluator: recursive descent, interfaces for AST nodes, runes, errors.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("unbound %s", string(v))
	}
	return x, nil
}
func (b Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	}
	return l / r, nil
}

type parser struct {
	src []rune
	pos int
}

func (p *parser) peek() rune {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) expr() Node {
	n := p.term()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		n = Bin{byte(c), n, p.term()}
	}
	return n
}

func (p *parser) term() Node {
	n := p.atom()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		n = Bin{byte(c), n, p.atom()}
	}
	return n
}

func (p *parser) atom() Node {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		n := p.expr()
		p.peek()
		p.pos++ // ')'
		return n
	case unicode.IsDigit(c):
		start := p.pos
		for p.pos < len(p.src) && (unicode.IsDigit(p.src[p.pos]) || p.src[p.pos] == '.') {
			p.pos++
		}
		f, _ := strconv.ParseFloat(string(p.src[start:p.pos]), 64)
		return Num(f)
	default:
		start := p.pos
		for p.pos < len(p.src) && unicode.IsLetter(p.src[p.pos]) {
			p.pos++
		}
		return Var(p.src[start:p.pos])
	}
}

func main() {
	env := map[string]float64{"x": 3, "pi": 3.14}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "x * x - 1", "2 * pi * r"} {
		p := &parser{src: []rune(src)}
		v, err := p.expr().Eval(env)
		fmt.Printf("%-12s => %v %v\n", src, v, err)
	}
}
