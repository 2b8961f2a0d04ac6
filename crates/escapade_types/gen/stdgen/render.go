package main

// Rendering one stub file per package: valid Go syntax, declarations only, plus
// //escapade: annotations (see crates/escapade_types/stdlib/README.md).

import (
	"fmt"
	"go/constant"
	"go/format"
	"go/types"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

type renderer struct {
	pkg     *types.Package
	imports map[string]string // path -> package name
	b       strings.Builder
}

const markOpen, markClose = "\x01", "\x02"

func (r *renderer) qual(p *types.Package) string {
	if p == r.pkg {
		return ""
	}
	r.imports[p.Path()] = p.Name()
	return markOpen + p.Path() + markClose
}

func (r *renderer) typ(t types.Type) string { return types.TypeString(t, r.qual) }

// sig renders a signature without the leading "func" keyword: "[T any](x T) (n int)".
func (r *renderer) sig(s *types.Signature) string {
	return strings.TrimPrefix(r.typ(s), "func")
}

func (r *renderer) tparams(tps *types.TypeParamList) string {
	if tps.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < tps.Len(); i++ {
		tp := tps.At(i)
		parts = append(parts, tp.Obj().Name()+" "+r.typ(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (r *renderer) line(format string, args ...any) {
	fmt.Fprintf(&r.b, format, args...)
	r.b.WriteByte('\n')
}

// underlying renders a declared type's underlying type; structs and interfaces one
// field/method per line.
func (r *renderer) underlying(t types.Type) string {
	switch t := t.(type) {
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct{}"
		}
		var b strings.Builder
		b.WriteString("struct {\n")
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			b.WriteString("\t")
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			b.WriteString(r.typ(f.Type()))
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
			b.WriteString("\n")
		}
		b.WriteString("}")
		return b.String()
	case *types.Interface:
		if t.NumEmbeddeds() == 0 && t.NumExplicitMethods() == 0 {
			return "interface{}"
		}
		var b strings.Builder
		b.WriteString("interface {\n")
		for i := 0; i < t.NumEmbeddeds(); i++ {
			b.WriteString("\t" + r.typ(t.EmbeddedType(i)) + "\n")
		}
		var ms []*types.Func
		for i := 0; i < t.NumExplicitMethods(); i++ {
			ms = append(ms, t.ExplicitMethod(i))
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Name() < ms[j].Name() })
		for _, m := range ms {
			b.WriteString("\t" + m.Name() + r.sig(m.Type().(*types.Signature)) + "\n")
		}
		b.WriteString("}")
		return b.String()
	}
	return r.typ(t)
}

// constValue renders an exact constant as a Go expression whose untyped kind matches.
func constValue(v constant.Value, untypedRune bool) string {
	switch v.Kind() {
	case constant.Bool, constant.String:
		return v.ExactString()
	case constant.Int:
		if untypedRune {
			if i, ok := constant.Int64Val(v); ok && i >= 0 && i <= 0x10FFFF {
				return strconv.QuoteRuneToASCII(rune(i))
			}
			return "'\\x00' + " + v.ExactString() // untyped rune outside the literal range
		}
		return v.ExactString()
	case constant.Float:
		return floatValue(v)
	case constant.Complex:
		return "complex(" + floatValue(constant.ToFloat(constant.Real(v))) + ", " + floatValue(constant.ToFloat(constant.Imag(v))) + ")"
	}
	return v.ExactString()
}

// floatValue renders an exact float constant: "N.0" for integers, an exact decimal when the
// denominator is 2^a*5^b and it is short, a hexadecimal float for other binary fractions,
// else the exact quotient "N / D.0".
func floatValue(v constant.Value) string {
	num := constant.Num(v)
	den := constant.Denom(v)
	n, _ := new(big.Int).SetString(num.ExactString(), 10)
	d, _ := new(big.Int).SetString(den.ExactString(), 10)
	neg := n.Sign() < 0
	n.Abs(n)
	sign := ""
	if neg {
		sign = "-"
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		s := n.String()
		if len(s) <= 40 {
			return sign + s + ".0"
		}
		return sign + hexFloat(n, 0)
	}
	// d = 2^a * 5^b ?
	a, rest := 0, new(big.Int).Set(d)
	for rest.Bit(0) == 0 {
		rest.Rsh(rest, 1)
		a++
	}
	b := 0
	five := big.NewInt(5)
	for {
		q, m := new(big.Int).QuoRem(rest, five, new(big.Int))
		if m.Sign() != 0 {
			break
		}
		rest = q
		b++
	}
	if rest.Cmp(big.NewInt(1)) == 0 {
		k := max(a, b) // n/d = n * 2^(k-a) * 5^(k-b) / 10^k
		m := new(big.Int).Mul(n, new(big.Int).Exp(big.NewInt(2), big.NewInt(int64(k-a)), nil))
		m.Mul(m, new(big.Int).Exp(five, big.NewInt(int64(k-b)), nil))
		s := m.String()
		if len(s) <= 100 {
			for len(s) <= k {
				s = "0" + s
			}
			return sign + s[:len(s)-k] + "." + s[len(s)-k:]
		}
		if b == 0 {
			return sign + hexFloat(n, -a)
		}
	}
	return sign + n.String() + " / " + d.String() + ".0"
}

// hexFloat renders n * 2^exp exactly as a Go hexadecimal floating-point literal.
func hexFloat(n *big.Int, exp int) string {
	m := new(big.Int).Set(n)
	for m.Sign() != 0 && m.Bit(0) == 0 {
		m.Rsh(m, 1)
		exp++
	}
	return fmt.Sprintf("0x%sp%d", m.Text(16), exp)
}

// importName chooses deterministic import names: the package name unless it collides with
// the stub's own package name or another import, then the path with '/' and '.' -> '_'.
func importNames(own string, imports map[string]string) map[string]string {
	count := map[string]int{}
	for _, name := range imports {
		count[name]++
	}
	res := map[string]string{}
	for path, name := range imports {
		if name == own || count[name] > 1 {
			name = strings.NewReplacer("/", "_", ".", "_").Replace(path)
		}
		res[path] = name
	}
	return res
}

func finishFile(r *renderer, header string) ([]byte, error) {
	names := importNames(r.pkg.Name(), r.imports)
	paths := make([]string, 0, len(names))
	for p := range names {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var out strings.Builder
	out.WriteString(header)
	if len(paths) > 0 {
		out.WriteString("import (\n")
		for _, p := range paths {
			if names[p] == lastElem(p) {
				fmt.Fprintf(&out, "\t%q\n", p)
			} else {
				fmt.Fprintf(&out, "\t%s %q\n", names[p], p)
			}
		}
		out.WriteString(")\n\n")
	}
	body := r.b.String()
	for _, p := range paths {
		body = strings.ReplaceAll(body, markOpen+p+markClose, names[p])
	}
	out.WriteString(body)
	src := []byte(out.String())
	formatted, err := format.Source(src)
	if err != nil {
		return src, fmt.Errorf("%s: gofmt: %v", r.pkg.Path(), err)
	}
	return formatted, nil
}

func lastElem(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
