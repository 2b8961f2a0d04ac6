package main

// Which declarations go into the stubs.
//
// Root packages contribute every exported package-level object. Every named type (or alias)
// that a declared object mentions is declared too, in its own package's stub:
//   - "api" types are reachable by user code (through signatures, exported fields, embedded
//     fields, interface methods); their exported methods are declared as well;
//   - "layout" types are reachable only through unexported struct fields or unexported
//     interface methods: they are declared with their full underlying type (so that size,
//     alignment, pointers and comparability can be recomputed and identities are faithful),
//     but without methods.

import (
	"go/types"
	"sort"
)

type decl struct {
	obj     types.Object
	api     bool
	methods []*types.Func // exported methods (api types only), sorted by name
}

type closure struct {
	roots map[string]bool
	decls map[types.Object]*decl
	queue []types.Object
}

func computeClosure(pkgs map[string]*loadedPkg, roots []string) *closure {
	c := &closure{roots: map[string]bool{}, decls: map[types.Object]*decl{}}
	for _, r := range roots {
		c.roots[r] = true
		scope := pkgs[r].types.Scope()
		for _, name := range scope.Names() {
			obj := scope.Lookup(name)
			if obj.Exported() {
				c.declare(obj, true)
			}
		}
	}
	for len(c.queue) > 0 {
		obj := c.queue[0]
		c.queue = c.queue[1:]
		c.process(c.decls[obj])
	}
	return c
}

func (c *closure) declare(obj types.Object, api bool) {
	if obj.Pkg() == nil { // universe: error, comparable, any
		return
	}
	if d, ok := c.decls[obj]; ok {
		if api && !d.api {
			d.api = true
			c.queue = append(c.queue, obj)
		}
		return
	}
	c.decls[obj] = &decl{obj: obj, api: api}
	c.queue = append(c.queue, obj)
}

func (c *closure) process(d *decl) {
	switch obj := d.obj.(type) {
	case *types.Const, *types.Var:
		c.visit(obj.Type(), d.api)
	case *types.Func:
		c.visit(obj.Type(), d.api)
	case *types.TypeName:
		switch t := obj.Type().(type) {
		case *types.Alias:
			c.visitTParams(t.TypeParams(), d.api)
			c.visit(t.Rhs(), d.api)
		case *types.Named:
			c.visitTParams(t.TypeParams(), d.api)
			c.visit(t.Underlying(), d.api)
			if d.api {
				d.methods = nil
				for i := 0; i < t.NumMethods(); i++ {
					m := t.Method(i)
					if m.Exported() {
						d.methods = append(d.methods, m)
						c.visit(m.Type(), true)
					}
				}
				sort.Slice(d.methods, func(i, j int) bool { return d.methods[i].Name() < d.methods[j].Name() })
			}
		case *types.Basic: // unsafe.Pointer
		}
	}
}

func (c *closure) visitTParams(tps *types.TypeParamList, api bool) {
	for i := 0; i < tps.Len(); i++ {
		c.visit(tps.At(i).Constraint(), api)
	}
}

func (c *closure) visit(t types.Type, api bool) {
	switch t := t.(type) {
	case *types.Basic:
	case *types.Pointer:
		c.visit(t.Elem(), api)
	case *types.Slice:
		c.visit(t.Elem(), api)
	case *types.Array:
		c.visit(t.Elem(), api)
	case *types.Chan:
		c.visit(t.Elem(), api)
	case *types.Map:
		c.visit(t.Key(), api)
		c.visit(t.Elem(), api)
	case *types.Signature:
		c.visitTParams(t.TypeParams(), api)
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				c.visit(tup.At(i).Type(), api)
			}
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			c.visit(f.Type(), api && (f.Exported() || f.Embedded()))
		}
	case *types.Interface:
		for i := 0; i < t.NumEmbeddeds(); i++ {
			c.visit(t.EmbeddedType(i), api)
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			c.visit(m.Type(), api && m.Exported())
		}
	case *types.Union:
		for i := 0; i < t.Len(); i++ {
			c.visit(t.Term(i).Type(), api)
		}
	case *types.TypeParam:
		// declared by its generic type/function; its constraint is visited there
	case *types.Alias:
		c.declare(t.Origin().Obj(), api)
		for i := 0; i < t.TypeArgs().Len(); i++ {
			c.visit(t.TypeArgs().At(i), api)
		}
	case *types.Named:
		c.declare(t.Origin().Obj(), api)
		for i := 0; i < t.TypeArgs().Len(); i++ {
			c.visit(t.TypeArgs().At(i), api)
		}
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			c.visit(t.At(i).Type(), api)
		}
	}
}

// byPackage groups the declarations by package path.
func (c *closure) byPackage() map[string][]*decl {
	m := map[string][]*decl{}
	for _, d := range c.decls {
		p := d.obj.Pkg().Path()
		m[p] = append(m[p], d)
	}
	for _, ds := range m {
		sort.Slice(ds, func(i, j int) bool { return ds[i].obj.Name() < ds[j].obj.Name() })
	}
	return m
}
