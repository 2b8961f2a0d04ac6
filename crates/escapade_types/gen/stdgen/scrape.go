package main

// Scraping gc's own verdicts: build the stub packages with
//   -gcflags=<pkg>=-m=2 -d=escapemutationscalls=1
// (normal build otherwise: inlining on, exactly the flags a user's `go build` compiles std
// with, so the parameter tags are the ones written to the export data), and join every
// diagnostic with the parameter / function declared at its position.

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type fnKey struct{ pkg, recv, name string } // recv: receiver base type name, "" for funcs

func (k fnKey) String() string {
	if k.recv == "" {
		return k.pkg + "." + k.name
	}
	return k.pkg + "." + k.recv + "." + k.name
}

type paramObs struct {
	name     string // "" for unnamed or blank
	m1       string // "heap", "content", "none" from -m lines ("" = no line)
	results  map[int]int
	mutator  int // -1 = none
	callee   int
	moved    bool
	uintptr  string // "keepalive" or "escapes"
	events   []sinkEvent
	resNames []string
}

type sinkEvent struct {
	sink   string
	derefs int
}

type fnObs struct {
	key      fnKey
	generic  bool
	nobody   bool
	pragmas  []string // noescape, noinline, uintptrescapes, uintptrkeepalive, linkname
	inl      string   // "cost=N" | "no cost=N" | `no reason="..."` | ""
	params   []*paramObs
	resNames []string
	line     token.Position
	movedRes map[string]bool // named results reported "moved to heap" (flows to them are heap flows)
}

type scrapeResult struct {
	tc      *toolchain
	present map[string]bool            // packages that exist in this version
	names   map[string]map[string]bool // package -> top-level const/var/type names declared
	fns     map[fnKey]*fnObs
	stats   map[string]int
	output  int // bytes of compiler output scraped
}

var (
	diagRx    = regexp.MustCompile(`^(.*\.go):(\d+):(\d+): (.*)$`)
	leaksToRx = regexp.MustCompile(`^parameter (\S+) leaks to (.*) with derefs=(\d+):$`)
	resultRx  = regexp.MustCompile(`^leaking param: (\S+) to result (\S+) level=(\d+)$`)
	derefsRx  = regexp.MustCompile(`^(mutates|calls) param: (\S+) derefs=(\d+)$`)
	costRx    = regexp.MustCompile(`^function too complex: cost (\d+) exceeds budget \d+$`)
	canInlRx  = regexp.MustCompile(`^can inline (\S+) with cost (\d+)`)
	cantInlRx = regexp.MustCompile(`^cannot inline (\S+): (.*)$`)
)

func recvBase(e ast.Expr) (string, bool) {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvBase(t.X)
	case *ast.ParenExpr:
		return recvBase(t.X)
	case *ast.IndexExpr:
		n, _ := recvBase(t.X)
		return n, true
	case *ast.IndexListExpr:
		n, _ := recvBase(t.X)
		return n, true
	case *ast.Ident:
		return t.Name, false
	}
	return "?", false
}

func scrape(tc *toolchain, pkgPaths []string) (*scrapeResult, error) {
	res := &scrapeResult{tc: tc, present: map[string]bool{}, names: map[string]map[string]bool{}, fns: map[fnKey]*fnObs{}, stats: map[string]int{}}
	list, err := tc.goList(nil, pkgPaths)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	type posKey struct {
		file      string
		line, col int
	}
	paramAt := map[posKey]*paramObs{}
	paramFn := map[*paramObs]*fnObs{}
	type resultRef struct {
		fo   *fnObs
		name string
	}
	resultAt := map[posKey]resultRef{}
	fnsAtLine := map[posKey][]*fnObs{} // col 0
	fileOwner := map[string]string{}
	var build []string
	for _, p := range list {
		if p.Error != nil || len(p.GoFiles) == 0 {
			continue
		}
		res.present[p.ImportPath] = true
		build = append(build, p.ImportPath)
		files, err := parsePkg(fset, p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			fileOwner[fset.File(f.Pos()).Name()] = p.ImportPath
			if res.names[p.ImportPath] == nil {
				res.names[p.ImportPath] = map[string]bool{}
			}
			for _, d := range f.Decls {
				if gd, ok := d.(*ast.GenDecl); ok {
					for _, spec := range gd.Specs {
						switch sp := spec.(type) {
						case *ast.TypeSpec:
							res.names[p.ImportPath][sp.Name.Name] = true
						case *ast.ValueSpec:
							for _, n := range sp.Names {
								res.names[p.ImportPath][n.Name] = true
							}
						}
					}
				}
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fo := &fnObs{key: fnKey{pkg: p.ImportPath, name: fd.Name.Name}, nobody: fd.Body == nil}
				fo.generic = fd.Type.TypeParams != nil
				var fields []*ast.Field
				if fd.Recv != nil && len(fd.Recv.List) > 0 {
					base, gen := recvBase(fd.Recv.List[0].Type)
					fo.key.recv = base
					fo.generic = fo.generic || gen
					fields = append(fields, fd.Recv.List[0])
				}
				fields = append(fields, fd.Type.Params.List...)
				if fd.Doc != nil {
					for _, c := range fd.Doc.List {
						for _, pr := range []string{"noescape", "noinline", "uintptrescapes", "uintptrkeepalive", "linkname"} {
							if c.Text == "//go:"+pr || strings.HasPrefix(c.Text, "//go:"+pr+" ") {
								fo.pragmas = append(fo.pragmas, pr)
							}
						}
					}
					sort.Strings(fo.pragmas)
				}
				if fd.Type.Results != nil {
					for _, fl := range fd.Type.Results.List {
						if len(fl.Names) == 0 {
							fo.resNames = append(fo.resNames, fmt.Sprintf("~r%d", len(fo.resNames)))
						}
						for _, n := range fl.Names {
							name := n.Name
							if name == "_" {
								name = fmt.Sprintf("~r%d", len(fo.resNames))
							} else {
								rp := fset.Position(n.Pos())
								resultAt[posKey{rp.Filename, rp.Line, rp.Column}] = resultRef{fo, name}
							}
							fo.resNames = append(fo.resNames, name)
						}
					}
				}
				for _, fl := range fields {
					if len(fl.Names) == 0 {
						fo.params = append(fo.params, &paramObs{mutator: -1, callee: -1})
					}
					for _, n := range fl.Names {
						po := &paramObs{mutator: -1, callee: -1}
						if n.Name != "_" {
							po.name = n.Name
							pp := fset.Position(n.Pos())
							paramAt[posKey{pp.Filename, pp.Line, pp.Column}] = po
							paramFn[po] = fo
						}
						fo.params = append(fo.params, po)
					}
				}
				fp := fset.Position(fd.Pos())
				fo.line = fp
				fnsAtLine[posKey{fp.Filename, fp.Line, 0}] = append(fnsAtLine[posKey{fp.Filename, fp.Line, 0}], fo)
				if _, dup := res.fns[fo.key]; dup {
					res.stats["duplicate func keys"]++
				}
				res.fns[fo.key] = fo
			}
		}
	}
	if len(build) == 0 {
		return res, nil
	}
	args := []string{"build", "-p", "2"}
	for _, p := range build {
		args = append(args, "-gcflags="+p+"=-m=2 -d=escapemutationscalls=1")
	}
	args = append(args, build...)
	cmd := tc.command(args...)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s build: %v\n%s", tc.version, err, lastLines(buf.String(), 20))
	}
	res.output = buf.Len()
	section := ""
	sc := bufio.NewScanner(&buf)
	sc.Buffer(make([]byte, 64<<20), 64<<20)
	for sc.Scan() {
		text := sc.Text()
		if strings.HasPrefix(text, "# ") {
			section = strings.TrimPrefix(text, "# ")
			continue
		}
		m := diagRx.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		file := filepath.Clean(m[1])
		if fileOwner[file] != section {
			continue // e.g. shape instantiations of another package's generic code
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		msg := m[4]
		if strings.HasPrefix(msg, " ") {
			continue // -m=2 explanation detail
		}
		if mm := canInlRx.FindStringSubmatch(msg); mm != nil {
			if fo := pickFn(fnsAtLine[posKey{file, line, 0}], mm[1]); fo != nil {
				fo.inl = "cost=" + mm[2]
			}
			continue
		}
		if mm := cantInlRx.FindStringSubmatch(msg); mm != nil {
			if fo := pickFn(fnsAtLine[posKey{file, line, 0}], mm[1]); fo != nil {
				if c := costRx.FindStringSubmatch(mm[2]); c != nil {
					fo.inl = "no cost=" + c[1]
				} else {
					fo.inl = "no reason=" + strconv.Quote(mm[2])
				}
			}
			continue
		}
		if rr, isRes := resultAt[posKey{file, line, col}]; isRes && msg == "moved to heap: "+rr.name {
			if rr.fo.movedRes == nil {
				rr.fo.movedRes = map[string]bool{}
			}
			rr.fo.movedRes[rr.name] = true
			continue
		}
		po := paramAt[posKey{file, line, col}]
		if po == nil {
			continue
		}
		n := po.name
		switch {
		case msg == "leaking param: "+n:
			po.m1 = "heap"
		case msg == "leaking param content: "+n:
			po.m1 = "content"
		case msg == n+" does not escape" || msg == n+" does not escape, mutate, or call":
			po.m1 = "none"
		case msg == "moved to heap: "+n:
			po.moved = true
		case msg == "assuming "+n+" is unsafe uintptr":
			po.uintptr = "keepalive"
		case strings.HasPrefix(msg, "marking "+n+" as escaping"):
			po.uintptr = "escapes"
		default:
			if mm := resultRx.FindStringSubmatch(msg); mm != nil && mm[1] == n {
				fo := paramFn[po]
				idx := indexOf(fo.resNames, mm[2])
				if idx < 0 {
					res.stats["unmatched result names"]++
					continue
				}
				lv, _ := strconv.Atoi(mm[3])
				if po.results == nil {
					po.results = map[int]int{}
				}
				po.results[idx] = lv
			} else if mm := derefsRx.FindStringSubmatch(msg); mm != nil && mm[2] == n {
				d, _ := strconv.Atoi(mm[3])
				if mm[1] == "mutates" {
					po.mutator = d
				} else {
					po.callee = d
				}
			} else if mm := leaksToRx.FindStringSubmatch(msg); mm != nil && mm[1] == n {
				d, _ := strconv.Atoi(mm[3])
				po.events = append(po.events, sinkEvent{sink: mm[2], derefs: d})
			}
		}
	}
	return res, sc.Err()
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// pickFn chooses among the functions declared on one line the one a message names
// ("F", "(*T).M", "T.M").
func pickFn(fns []*fnObs, name string) *fnObs {
	if len(fns) == 1 {
		return fns[0]
	}
	for _, fo := range fns {
		if name == fo.key.name || strings.HasSuffix(name, "."+fo.key.name) {
			return fo
		}
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// tag computes gc's parameter tag from the observations: "" = no tag (pointer-free),
// "none" = no flows, else a comma list of heap:N, mutator:N, callee:N, resultI:N.
// ok=false when the observations are inconsistent or missing.
func (fo *fnObs) tag(i int, pointerful bool) (string, bool) {
	po := fo.params[i]
	if !pointerful {
		return "", true
	}
	if po.uintptr != "" { // uintptr params carry no tag (= "" = heap:0 when decoded)
		return "", true
	}
	if fo.nobody {
		if po.name == "" {
			return "none", true // unnamed params of body-less functions: no diagnostic
		}
		if contains(fo.pragmas, "noescape") {
			return "mutator:0,callee:0", po.m1 == "none"
		}
		return "heap:0", po.m1 == "heap"
	}
	if po.name == "" {
		return "none", true
	}
	if po.moved {
		return "heap:0", true
	}
	heap := -1
	switch po.m1 {
	case "heap":
		heap = 0
	case "content":
		for _, ev := range po.events {
			if fo.isResultSink(ev.sink) {
				continue
			}
			if ev.derefs >= 1 && (heap < 0 || ev.derefs < heap) {
				heap = ev.derefs
			}
		}
		if heap < 0 {
			return "heap:1", false
		}
	case "none":
	case "":
		if len(po.results) == 0 && po.mutator < 0 && po.callee < 0 {
			return "?", false
		}
	}
	var parts []string
	if heap >= 0 {
		parts = append(parts, fmt.Sprintf("heap:%d", heap))
	}
	if po.mutator >= 0 {
		parts = append(parts, fmt.Sprintf("mutator:%d", po.mutator))
	}
	if po.callee >= 0 {
		parts = append(parts, fmt.Sprintf("callee:%d", po.callee))
	}
	var ris []int
	for ri := range po.results {
		ris = append(ris, ri)
	}
	sort.Ints(ris)
	for _, ri := range ris {
		parts = append(parts, fmt.Sprintf("result%d:%d", ri, po.results[ri]))
	}
	if len(parts) == 0 {
		return "none", po.m1 == "none"
	}
	return strings.Join(parts, ","), true
}

// isResultSink: a -m=2 sink naming one of the function's first five results.
func (fo *fnObs) isResultSink(sink string) bool {
	for i, r := range fo.resNames {
		if i >= 5 {
			break
		}
		if (sink == r || strings.HasPrefix(sink, r+" for ")) && !fo.movedRes[r] {
			return true
		}
	}
	return false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
