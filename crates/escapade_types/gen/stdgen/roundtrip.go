package main

// Self-check: type-check the written stubs (each importing the other stubs) and require that
// every declaration has the same type (as a fully qualified type string), constant value and
// layout facts as the original std declaration.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"
)

func roundTrip(dir string, stubPkgs []string, byPkg map[string][]*decl) (checked int, err error) {
	fset := token.NewFileSet()
	loaded := map[string]*types.Package{"unsafe": types.Unsafe}
	var problems []string
	var load func(path string) (*types.Package, error)
	load = func(path string) (*types.Package, error) {
		if p, ok := loaded[path]; ok {
			return p, nil
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, filepath.FromSlash(path)+".go"), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		conf := types.Config{
			Importer: importerFunc(load),
			Sizes:    gcSizes,
			Error: func(err error) {
				if msg := err.(types.Error).Msg; msg != "generic function is missing function body" {
					problems = append(problems, err.Error())
				}
			},
		}
		p, _ := conf.Check(path, fset, []*ast.File{f}, nil)
		loaded[path] = p
		return p, nil
	}
	qual := func(p *types.Package) string { return p.Path() }
	str := func(t types.Type) string { return types.TypeString(t, qual) }
	for _, path := range stubPkgs {
		sp, err := load(path)
		if err != nil {
			return 0, err
		}
		for _, d := range byPkg[path] {
			if _, isBasic := d.obj.Type().(*types.Basic); isBasic && d.obj.Pkg().Path() == "unsafe" {
				continue
			}
			so := sp.Scope().Lookup(d.obj.Name())
			if so == nil {
				problems = append(problems, fmt.Sprintf("%s.%s: missing from stub", path, d.obj.Name()))
				continue
			}
			checked++
			if a, b := str(d.obj.Type()), str(so.Type()); a != b {
				problems = append(problems, fmt.Sprintf("%s.%s: type %s, stub %s", path, d.obj.Name(), a, b))
			}
			switch o := d.obj.(type) {
			case *types.Const:
				if !constant.Compare(o.Val(), token.EQL, so.(*types.Const).Val()) || o.Val().Kind() != so.(*types.Const).Val().Kind() {
					problems = append(problems, fmt.Sprintf("%s.%s: value %s, stub %s", path, o.Name(), o.Val().ExactString(), so.(*types.Const).Val().ExactString()))
				}
			case *types.TypeName:
				if a, b := underlyingString(d.obj.Type(), str), underlyingString(so.Type(), str); a != b {
					problems = append(problems, fmt.Sprintf("%s.%s: underlying %s, stub %s", path, o.Name(), a, b))
				}
				if !isGeneric(o.Type()) {
					if a, b := layoutFacts(o.Type()), layoutFacts(so.Type()); a != b {
						problems = append(problems, fmt.Sprintf("%s.%s: layout %s, stub %s", path, o.Name(), a, b))
					}
				}
				if named, ok := so.Type().(*types.Named); ok {
					for _, m := range d.methods {
						checked++
						sm := findMethod(named, m.Name())
						if sm == nil {
							problems = append(problems, fmt.Sprintf("%s.%s.%s: method missing from stub", path, o.Name(), m.Name()))
						} else if a, b := str(m.Type()), str(sm.Type()); a != b {
							problems = append(problems, fmt.Sprintf("%s.%s.%s: method type %s, stub %s", path, o.Name(), m.Name(), a, b))
						} else if a, b := str(m.Type().(*types.Signature).Recv().Type()), str(sm.Type().(*types.Signature).Recv().Type()); a != b {
							problems = append(problems, fmt.Sprintf("%s.%s.%s: receiver %s, stub %s", path, o.Name(), m.Name(), a, b))
						}
					}
				}
			}
		}
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		if len(problems) > 30 {
			problems = append(problems[:30], fmt.Sprintf("... and %d more", len(problems)-30))
		}
		return checked, fmt.Errorf("stub round trip failed:\n  %s", strings.Join(problems, "\n  "))
	}
	return checked, nil
}

// underlyingString renders a type's underlying type with interface methods sorted by name
// (the stubs list them sorted).
func underlyingString(t types.Type, str func(types.Type) string) string {
	u := t.Underlying()
	if it, ok := u.(*types.Interface); ok {
		var parts []string
		for i := 0; i < it.NumEmbeddeds(); i++ {
			parts = append(parts, "embed "+str(it.EmbeddedType(i)))
		}
		for i := 0; i < it.NumExplicitMethods(); i++ {
			m := it.ExplicitMethod(i)
			parts = append(parts, m.Name()+str(m.Type()))
		}
		sort.Strings(parts)
		return "interface{" + strings.Join(parts, "; ") + "}"
	}
	return str(u)
}

func isGeneric(t types.Type) bool {
	switch t := t.(type) {
	case *types.Named:
		return t.TypeParams().Len() > 0
	case *types.Alias:
		return t.TypeParams().Len() > 0
	}
	return false
}

func findMethod(n *types.Named, name string) *types.Func {
	for i := 0; i < n.NumMethods(); i++ {
		if n.Method(i).Name() == name {
			return n.Method(i)
		}
	}
	return nil
}
