package main

// Loading std packages: `go list -deps -json`, go/parser, go/types (declarations only).

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// goPkg is the subset of `go list -json` output we use.
type goPkg struct {
	ImportPath string
	Name       string
	Dir        string
	GoFiles    []string
	ImportMap  map[string]string
	Standard   bool
	Error      *struct{ Err string }
}

// toolchain is one real Go toolchain plus the environment every child process gets.
type toolchain struct {
	goBin   string
	version string // "go1.27.3"
	short   string // "go1.27"
	cache   string // GOCACHE
	workDir string // cwd for children: an empty dir outside any module
}

func (tc *toolchain) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GOTOOLCHAIN", "GOPROXY", "GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "GOAMD64",
			"GOCACHE", "GOEXPERIMENT", "GOWORK", "GO111MODULE", "GOROOT", "GOPATH", "GODEBUG":
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"GOTOOLCHAIN=local", "GOPROXY=off", "GOFLAGS=", "CGO_ENABLED=0", "GOOS=linux",
		"GOARCH=amd64", "GOAMD64=v1", "GOEXPERIMENT=", "GOWORK=off", "GO111MODULE=on",
		"GOCACHE="+tc.cache, "GOPATH="+filepath.Join(tc.workDir, "gopath"))
}

func (tc *toolchain) command(args ...string) *exec.Cmd {
	cmd := exec.Command(tc.goBin, args...)
	cmd.Env = tc.env()
	cmd.Dir = tc.workDir
	return cmd
}

func newToolchain(goBin, cacheRoot, workRoot string) (*toolchain, error) {
	tc := &toolchain{goBin: goBin}
	out, err := exec.Command(goBin, "env", "GOVERSION").Output()
	if err != nil {
		return nil, fmt.Errorf("%s env GOVERSION: %v", goBin, err)
	}
	tc.version = strings.TrimSpace(string(out))
	parts := strings.SplitN(strings.TrimPrefix(tc.version, "go"), ".", 3)
	if len(parts) < 2 {
		return nil, fmt.Errorf("unexpected version %q", tc.version)
	}
	tc.short = "go" + parts[0] + "." + parts[1]
	tc.cache = filepath.Join(cacheRoot, tc.version)
	tc.workDir = filepath.Join(workRoot, tc.version)
	if err := os.MkdirAll(tc.workDir, 0o755); err != nil {
		return nil, err
	}
	return tc, os.MkdirAll(tc.cache, 0o755)
}

// goList runs `go list -e -json [flags] pkgs...` and decodes the stream.
func (tc *toolchain) goList(flags []string, pkgs []string) ([]*goPkg, error) {
	args := append([]string{"list", "-e", "-json"}, flags...)
	args = append(args, pkgs...)
	cmd := tc.command(args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, stderr.String())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	var res []*goPkg
	for {
		var p goPkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		res = append(res, &p)
	}
	return res, nil
}

// loadedPkg is a parsed (and, for the declaring toolchain, type-checked) package.
type loadedPkg struct {
	meta  *goPkg
	files []*ast.File
	types *types.Package
	info  *types.Info
}

func parsePkg(fset *token.FileSet, p *goPkg) ([]*ast.File, error) {
	var files []*ast.File
	names := append([]string(nil), p.GoFiles...)
	sort.Strings(names)
	for _, f := range names {
		af, err := parser.ParseFile(fset, filepath.Join(p.Dir, f), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, af)
	}
	return files, nil
}

// typeCheckAll loads roots and all their dependencies and type-checks the declarations
// (function bodies are skipped) with the gc/amd64 sizes.
func typeCheckAll(tc *toolchain, fset *token.FileSet, roots []string) (map[string]*loadedPkg, []string, error) {
	list, err := tc.goList([]string{"-deps"}, roots)
	if err != nil {
		return nil, nil, err
	}
	pkgs := map[string]*loadedPkg{}
	var order []string
	sizes := types.SizesFor("gc", "amd64")
	for _, p := range list { // -deps lists dependencies first
		if p.Error != nil {
			return nil, nil, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		if p.ImportPath == "unsafe" {
			pkgs["unsafe"] = &loadedPkg{meta: p, types: types.Unsafe}
			continue
		}
		files, err := parsePkg(fset, p)
		if err != nil {
			return nil, nil, err
		}
		imp := importerFunc(func(path string) (*types.Package, error) {
			if m, ok := p.ImportMap[path]; ok {
				path = m
			}
			if lp, ok := pkgs[path]; ok {
				return lp.types, nil
			}
			return nil, fmt.Errorf("%s: import %q not loaded", p.ImportPath, path)
		})
		var errs []string
		conf := types.Config{
			Importer:         imp,
			Sizes:            sizes,
			IgnoreFuncBodies: true,
			Error:            func(err error) { errs = append(errs, err.Error()) },
		}
		info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
		tp, _ := conf.Check(p.ImportPath, fset, files, info)
		if len(errs) > 0 {
			return nil, nil, fmt.Errorf("type-checking %s: %d errors, first: %s", p.ImportPath, len(errs), errs[0])
		}
		pkgs[p.ImportPath] = &loadedPkg{meta: p, files: files, types: tp, info: info}
		order = append(order, p.ImportPath)
	}
	return pkgs, order, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func parserParse(fset *token.FileSet, name string, src []byte) (*ast.File, error) {
	return parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
}
