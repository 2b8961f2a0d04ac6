// Command stdgen generates Escapade's standard-library data: one Go stub file per package
// (declarations only, valid Go syntax) annotated with layout facts, gc's parameter escape
// tags and inlinability, all taken from real Go toolchains.
//
//	stdgen -decl-go GO127 -esc-go GO127 -esc-go GO123 -out DIR -cache DIR pkg...
//
// Run by scripts/gen-stdlib.sh; see crates/escapade_types/stdlib/README.md for the format.
package main

import (
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	declGo := flag.String("decl-go", "", "go binary whose std declarations are rendered")
	var escGo multiFlag
	flag.Var(&escGo, "esc-go", "go binary whose escape tags and inlinability are recorded (repeatable)")
	out := flag.String("out", "", "output directory (receives go1.NN/...)")
	cache := flag.String("cache", "", "directory for GOCACHEs and scratch (outside the repo)")
	validateFile := flag.String("validate", "", "a user program calling std: compile it with -m and check the verdicts against the tags")
	flag.Parse()
	if *declGo == "" || *out == "" || *cache == "" || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*declGo, escGo, *out, *cache, *validateFile, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "stdgen:", err)
		os.Exit(1)
	}
}

type counts struct {
	packages, complete, types, funcs, methods, consts, vars int
	tagged, inl, inconsistent                               map[string]int
}

func run(declGo string, escGo []string, out, cache, validateFile string, roots []string) error {
	start := time.Now()
	decl, err := newToolchain(declGo, filepath.Join(cache, "gocache"), filepath.Join(cache, "work"))
	if err != nil {
		return err
	}
	sort.Strings(roots)
	fset := token.NewFileSet()
	pkgs, _, err := typeCheckAll(decl, fset, roots)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "stdgen: type-checked %d packages with %s (%.1fs)\n", len(pkgs), decl.version, time.Since(start).Seconds())
	cl := computeClosure(pkgs, roots)
	byPkg := cl.byPackage()
	var stubPkgs []string
	for p := range byPkg {
		stubPkgs = append(stubPkgs, p)
	}
	sort.Strings(stubPkgs)

	var scrapes []*scrapeResult
	for _, g := range escGo {
		tc, err := newToolchain(g, filepath.Join(cache, "gocache"), filepath.Join(cache, "work"))
		if err != nil {
			return err
		}
		t0 := time.Now()
		sr, err := scrape(tc, stubPkgs)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "stdgen: scraped %s -m=2 output of %d packages (%d MB, %.1fs)\n", tc.version, len(sr.present), sr.output>>20, time.Since(t0).Seconds())
		scrapes = append(scrapes, sr)
	}

	c := &counts{tagged: map[string]int{}, inl: map[string]int{}, inconsistent: map[string]int{}}
	dir := filepath.Join(out, decl.short)
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	var total int64
	for _, p := range stubPkgs {
		src, err := renderPkg(decl, pkgs[p].types, byPkg[p], cl.roots[p], scrapes, c)
		if err != nil {
			return err
		}
		file := filepath.Join(dir, filepath.FromSlash(p)+".go")
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(file, src, 0o644); err != nil {
			return err
		}
		total += int64(len(src))
		c.packages++
	}
	// the package list, for readers that want to know what exists without listing files
	var idx strings.Builder
	for _, p := range stubPkgs {
		kind := "partial"
		if cl.roots[p] {
			kind = "complete"
		}
		fmt.Fprintf(&idx, "%s %s %s\n", p, pkgs[p].types.Name(), kind)
	}
	if err := os.WriteFile(filepath.Join(dir, "packages.txt"), []byte(idx.String()), 0o644); err != nil {
		return err
	}
	checked, err := roundTrip(dir, stubPkgs, byPkg)
	if err != nil {
		return err
	}
	fmt.Printf("round trip: %d declarations re-type-checked from the stubs, identical types, values and layouts\n", checked)
	fmt.Printf("packages: %d (%d complete, %d partial)\n", c.packages, c.complete, c.packages-c.complete)
	fmt.Printf("declarations: %d types, %d funcs, %d methods, %d consts, %d vars\n", c.types, c.funcs, c.methods, c.consts, c.vars)
	for _, sr := range scrapes {
		v := sr.tc.short
		fmt.Printf("%s: %d tagged params, %d inlinable funcs/methods, %d unresolved tags\n", v, c.tagged[v], c.inl[v], c.inconsistent[v])
	}
	fmt.Printf("stub bytes: %d\n", total)
	if validateFile != "" {
		ok, bad, err := validate(validateFile, pkgs, scrapes, out)
		if err != nil {
			return err
		}
		fmt.Printf("validation: %d caller verdicts consistent with the tags, %d inconsistent\n", ok, bad)
		if bad > 0 {
			return fmt.Errorf("validation failed: see %s", filepath.Join(out, "validate", "calls.report.txt"))
		}
	}
	fmt.Fprintf(os.Stderr, "stdgen: done in %.1fs\n", time.Since(start).Seconds())
	return nil
}

func renderPkg(tc *toolchain, pkg *types.Package, decls []*decl, complete bool, scrapes []*scrapeResult, c *counts) ([]byte, error) {
	r := &renderer{pkg: pkg, imports: map[string]string{}}
	if complete {
		c.complete++
	}
	header := fmt.Sprintf("// Code generated by stdgen from %s (GOOS=linux GOARCH=amd64 CGO_ENABLED=0). DO NOT EDIT.\n\n//escapade:package path=%s complete=%d\npackage %s\n\n",
		tc.version, pkg.Path(), b2i(complete), pkg.Name())
	var consts, vars, typs, funcs []*decl
	for _, d := range decls {
		switch d.obj.(type) {
		case *types.Const:
			consts = append(consts, d)
		case *types.Var:
			vars = append(vars, d)
		case *types.TypeName:
			typs = append(typs, d)
		case *types.Func:
			funcs = append(funcs, d)
		}
	}
	absent := func(d *decl) {
		for _, sr := range scrapes {
			if !sr.names[pkg.Path()][d.obj.Name()] {
				r.line("//escapade:absent %s", sr.tc.short)
			}
		}
	}
	for _, d := range consts {
		k := d.obj.(*types.Const)
		absent(d)
		t := k.Type()
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			r.line("const %s = %s", k.Name(), constValue(k.Val(), b.Kind() == types.UntypedRune))
		} else {
			r.line("const %s %s = %s", k.Name(), r.typ(t), constValue(k.Val(), false))
		}
		c.consts++
	}
	if len(consts) > 0 {
		r.line("")
	}
	for _, d := range vars {
		absent(d)
		r.line("var %s %s", d.obj.Name(), r.typ(d.obj.Type()))
		c.vars++
	}
	if len(vars) > 0 {
		r.line("")
	}
	for _, d := range typs {
		tn := d.obj.(*types.TypeName)
		c.types++
		absent(d)
		switch t := tn.Type().(type) {
		case *types.Alias:
			if t.TypeParams().Len() == 0 {
				r.line("//escapade:layout %s", layoutFacts(t))
			}
			r.line("type %s%s = %s", tn.Name(), r.tparams(t.TypeParams()), r.typ(t.Rhs()))
		case *types.Named:
			if t.TypeParams().Len() == 0 {
				r.line("//escapade:layout %s", layoutFacts(t))
			} else {
				r.line("//escapade:layout generic")
			}
			r.line("type %s%s %s", tn.Name(), r.tparams(t.TypeParams()), r.underlying(t.Underlying()))
		case *types.Basic:
			continue // unsafe.Pointer is never declared in a stub
		}
		for _, m := range d.methods {
			sig := m.Type().(*types.Signature)
			recv := sig.Recv()
			annotate(r, m, sig, scrapes, c)
			rn := recv.Name()
			if rn != "" {
				rn += " "
			}
			r.line("func (%s%s) %s%s", rn, r.typ(recv.Type()), m.Name(), r.sig(sig))
			c.methods++
		}
		r.line("")
	}
	for _, d := range funcs {
		f := d.obj.(*types.Func)
		sig := f.Type().(*types.Signature)
		annotate(r, f, sig, scrapes, c)
		r.line("func %s%s", f.Name(), r.sig(sig))
		c.funcs++
	}
	return finishFile(r, header)
}

// annotate writes the per-version //escapade:inl, :esc, :body (and :absent) lines of a
// function or method.
func annotate(r *renderer, f *types.Func, sig *types.Signature, scrapes []*scrapeResult, c *counts) {
	key := fnKey{pkg: f.Pkg().Path(), name: f.Name()}
	var ptypes []types.Type
	var pkeys []string
	if recv := sig.Recv(); recv != nil {
		t := types.Unalias(recv.Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		key.recv = t.(*types.Named).Obj().Name()
		ptypes = append(ptypes, recv.Type())
		pkeys = append(pkeys, "recv")
	}
	for i := 0; i < sig.Params().Len(); i++ {
		ptypes = append(ptypes, sig.Params().At(i).Type())
		pkeys = append(pkeys, fmt.Sprint(i))
	}
	generic := sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0
	for _, sr := range scrapes {
		v := sr.tc.short
		fo := sr.fns[key]
		if fo == nil {
			{
				r.line("//escapade:absent %s", v)
			}
			continue
		}
		if generic || fo.generic {
			r.line("//escapade:inl %s generic", v)
			r.line("//escapade:esc %s generic", v)
			continue
		}
		inl := fo.inl
		if inl == "" {
			inl = "?"
		}
		if strings.HasPrefix(inl, "cost=") {
			c.inl[v]++
		}
		r.line("//escapade:inl %s %s", v, inl)
		var body []string
		if fo.nobody {
			body = append(body, "nobody")
		}
		body = append(body, fo.pragmas...)
		if len(body) > 0 {
			r.line("//escapade:body %s %s", v, strings.Join(body, " "))
		}
		var parts []string
		if len(fo.params) != len(ptypes) {
			c.inconsistent[v]++
			parts = append(parts, "?")
		} else {
			for i, pt := range ptypes {
				tag, ok := fo.tag(i, hasPointers(pt))
				if !ok {
					c.inconsistent[v]++
					fmt.Fprintf(os.Stderr, "stdgen: %s %s param %s: unresolved tag %q (obs %+v)\n", v, key, pkeys[i], tag, *fo.params[i])
				}
				if tag == "" {
					continue
				}
				c.tagged[v]++
				parts = append(parts, pkeys[i]+"="+tag)
			}
		}
		line := "//escapade:esc " + v
		if len(parts) > 0 {
			line += " " + strings.Join(parts, " ")
		}
		r.line("%s", line)
	}
}
