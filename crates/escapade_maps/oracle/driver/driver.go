// Package driver holds the parts of the map oracle that do not depend on the
// runtime's map implementation: reading the operation script, performing the
// operations on a real Go map, and writing one JSON record per operation.
//
// The implementation-specific part (reading hmap/bmap or Map/table/group
// memory through unsafe) lives in the classic/ and swiss/ commands, which
// plug in through the Inspector interface.
package driver

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unsafe"
)

// KeyKind describes how to interpret raw key memory found inside a map.
type KeyKind struct {
	Name string
	// Read converts the key stored at p into a JSON-friendly value.
	Read func(p unsafe.Pointer) any
	// SelfEqual reports whether the key at p equals itself (false for NaN).
	// Keys that are not equal to themselves cannot be re-hashed
	// reproducibly, so invariant checks skip them.
	SelfEqual func(p unsafe.Pointer) bool
}

// Target wraps one concrete map type. Every method uses ordinary Go map
// syntax on a concretely typed map, so the compiler emits exactly the runtime
// calls that real programs get (e.g. mapassign_fast64 for int64 keys,
// mapassign_faststr for string keys, generic mapassign for float64 keys).
type Target interface {
	Make(hint int) // hint < 0 means make(map[K]V) without a size hint
	Map() any      // the current map as an interface value
	Parse(tok string) (p unsafe.Pointer, jsonKey any, err error)
	Put(p unsafe.Pointer, v int64)
	Del(p unsafe.Pointer)
	Get(p unsafe.Pointer) (int64, bool)
	Clear()
	Iter() []any
	// IterWith is a range loop that calls after(i) once the i-th key (from 0) was yielded,
	// before the loop asks for the next one (writes inside a range loop).
	IterWith(after func(i int)) []any
	Kind() *KeyKind
	Len() int
}

// Inspector reads implementation-specific runtime state.
type Inspector interface {
	Impl() string
	// Layout returns a description of the type descriptor / struct layout
	// that was detected (for the header record).
	Layout(m any) any
	Seed(m any) uintptr
	// Hash calls the map type's hasher (taken from the type descriptor)
	// on the key at p with the given seed.
	Hash(m any, p unsafe.Pointer, seed uintptr) uintptr
	// KeyInfo derives implementation-specific values from a hash (tophash,
	// bucket index, H1/H2, directory index...).
	KeyInfo(m any, hash uintptr) map[string]any
	// State returns the map state. full=false gives a compact summary.
	// It also runs the invariant checks and returns any violations.
	State(m any, kk *KeyKind, full, withHashes bool) (state any, violations []string)
}

// ---- targets -------------------------------------------------------------

var (
	mInt   map[int64]int64   // package-level so the map always lives on the heap
	mStr   map[string]int64  //
	mFloat map[float64]int64 //
)

type intTarget struct{}

func (intTarget) Make(hint int) {
	if hint < 0 {
		mInt = make(map[int64]int64)
	} else {
		mInt = make(map[int64]int64, hint)
	}
}
func (intTarget) Map() any { return mInt }
func (intTarget) Parse(tok string) (unsafe.Pointer, any, error) {
	v, err := strconv.ParseInt(tok, 0, 64)
	if err != nil {
		return nil, nil, err
	}
	p := new(int64)
	*p = v
	return unsafe.Pointer(p), v, nil
}
func (intTarget) Put(p unsafe.Pointer, v int64) { mInt[*(*int64)(p)] = v }
func (intTarget) Del(p unsafe.Pointer)          { delete(mInt, *(*int64)(p)) }
func (intTarget) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mInt[*(*int64)(p)]
	return v, ok
}
func (intTarget) Clear() { clear(mInt) }
func (intTarget) Iter() []any {
	out := []any{}
	for k := range mInt {
		out = append(out, k)
	}
	return out
}
func (intTarget) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mInt {
		out = append(out, k)
		after(len(out) - 1)
	}
	return out
}
func (intTarget) Len() int { return len(mInt) }
func (intTarget) Kind() *KeyKind {
	return &KeyKind{
		Name:      "int64",
		Read:      func(p unsafe.Pointer) any { return *(*int64)(p) },
		SelfEqual: func(unsafe.Pointer) bool { return true },
	}
}

type strTarget struct{}

func (strTarget) Make(hint int) {
	if hint < 0 {
		mStr = make(map[string]int64)
	} else {
		mStr = make(map[string]int64, hint)
	}
}
func (strTarget) Map() any { return mStr }
func (strTarget) Parse(tok string) (unsafe.Pointer, any, error) {
	p := new(string)
	*p = tok
	return unsafe.Pointer(p), tok, nil
}
func (strTarget) Put(p unsafe.Pointer, v int64) { mStr[*(*string)(p)] = v }
func (strTarget) Del(p unsafe.Pointer)          { delete(mStr, *(*string)(p)) }
func (strTarget) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mStr[*(*string)(p)]
	return v, ok
}
func (strTarget) Clear() { clear(mStr) }
func (strTarget) Iter() []any {
	out := []any{}
	for k := range mStr {
		out = append(out, k)
	}
	return out
}
func (strTarget) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mStr {
		out = append(out, k)
		after(len(out) - 1)
	}
	return out
}
func (strTarget) Len() int { return len(mStr) }
func (strTarget) Kind() *KeyKind {
	return &KeyKind{
		Name:      "string",
		Read:      func(p unsafe.Pointer) any { return *(*string)(p) },
		SelfEqual: func(unsafe.Pointer) bool { return true },
	}
}

type floatTarget struct{}

func (floatTarget) Make(hint int) {
	if hint < 0 {
		mFloat = make(map[float64]int64)
	} else {
		mFloat = make(map[float64]int64, hint)
	}
}
func (floatTarget) Map() any { return mFloat }
func (floatTarget) Parse(tok string) (unsafe.Pointer, any, error) {
	v, err := strconv.ParseFloat(tok, 64)
	if err != nil {
		return nil, nil, err
	}
	p := new(float64)
	*p = v
	return unsafe.Pointer(p), jsonFloat(v), nil
}
func (floatTarget) Put(p unsafe.Pointer, v int64) { mFloat[*(*float64)(p)] = v }
func (floatTarget) Del(p unsafe.Pointer)          { delete(mFloat, *(*float64)(p)) }
func (floatTarget) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mFloat[*(*float64)(p)]
	return v, ok
}
func (floatTarget) Clear() { clear(mFloat) }
func (floatTarget) Iter() []any {
	out := []any{}
	for k := range mFloat {
		out = append(out, jsonFloat(k))
	}
	return out
}
func (floatTarget) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mFloat {
		out = append(out, jsonFloat(k))
		after(len(out) - 1)
	}
	return out
}
func (floatTarget) Len() int { return len(mFloat) }
func (floatTarget) Kind() *KeyKind {
	return &KeyKind{
		Name: "float64",
		Read: func(p unsafe.Pointer) any { return jsonFloat(*(*float64)(p)) },
		SelfEqual: func(p unsafe.Pointer) bool {
			f := *(*float64)(p)
			return f == f
		},
	}
}

func jsonFloat(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return f
}

// ---- composite keys ------------------------------------------------------
//
// Key tokens are the two fields/elements separated by a comma ("3,-7", "3,abc",
// "ab,cd"); the JSON form is a two-element array.

type pairKey struct{ A, B int64 } // memory-comparable, 16 bytes: hashed as one memhash
type intStrKey struct {           // 24 bytes: memhash of A, then strhash of S
	A int64
	S string
}

var (
	mPair   map[pairKey]int64
	mArr    map[[2]int64]int64
	mIntStr map[intStrKey]int64
	mStr2   map[[2]string]int64
)

func splitComma(tok string) (string, string, error) {
	a, b, ok := strings.Cut(tok, ",")
	if !ok {
		return "", "", fmt.Errorf("composite key %q: want A,B", tok)
	}
	return a, b, nil
}

func parse2Int(tok string) (int64, int64, error) {
	a, b, err := splitComma(tok)
	if err != nil {
		return 0, 0, err
	}
	x, err := strconv.ParseInt(a, 0, 64)
	if err != nil {
		return 0, 0, err
	}
	y, err := strconv.ParseInt(b, 0, 64)
	return x, y, err
}

type pairTarget struct{}

func (pairTarget) Make(hint int) {
	if hint < 0 {
		mPair = make(map[pairKey]int64)
	} else {
		mPair = make(map[pairKey]int64, hint)
	}
}
func (pairTarget) Map() any { return mPair }
func (pairTarget) Parse(tok string) (unsafe.Pointer, any, error) {
	x, y, err := parse2Int(tok)
	if err != nil {
		return nil, nil, err
	}
	p := &pairKey{x, y}
	return unsafe.Pointer(p), []any{x, y}, nil
}
func (pairTarget) Put(p unsafe.Pointer, v int64) { mPair[*(*pairKey)(p)] = v }
func (pairTarget) Del(p unsafe.Pointer)          { delete(mPair, *(*pairKey)(p)) }
func (pairTarget) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mPair[*(*pairKey)(p)]
	return v, ok
}
func (pairTarget) Clear() { clear(mPair) }
func (pairTarget) Iter() []any {
	out := []any{}
	for k := range mPair {
		out = append(out, []any{k.A, k.B})
	}
	return out
}
func (pairTarget) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mPair {
		out = append(out, []any{k.A, k.B})
		after(len(out) - 1)
	}
	return out
}
func (pairTarget) Len() int { return len(mPair) }
func (pairTarget) Kind() *KeyKind {
	return &KeyKind{
		Name:      "struct{A int64; B int64}",
		Read:      func(p unsafe.Pointer) any { k := (*pairKey)(p); return []any{k.A, k.B} },
		SelfEqual: func(unsafe.Pointer) bool { return true },
	}
}

type arrTarget struct{}

func (arrTarget) Make(hint int) {
	if hint < 0 {
		mArr = make(map[[2]int64]int64)
	} else {
		mArr = make(map[[2]int64]int64, hint)
	}
}
func (arrTarget) Map() any { return mArr }
func (arrTarget) Parse(tok string) (unsafe.Pointer, any, error) {
	x, y, err := parse2Int(tok)
	if err != nil {
		return nil, nil, err
	}
	p := &[2]int64{x, y}
	return unsafe.Pointer(p), []any{x, y}, nil
}
func (arrTarget) Put(p unsafe.Pointer, v int64) { mArr[*(*[2]int64)(p)] = v }
func (arrTarget) Del(p unsafe.Pointer)          { delete(mArr, *(*[2]int64)(p)) }
func (arrTarget) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mArr[*(*[2]int64)(p)]
	return v, ok
}
func (arrTarget) Clear() { clear(mArr) }
func (arrTarget) Iter() []any {
	out := []any{}
	for k := range mArr {
		out = append(out, []any{k[0], k[1]})
	}
	return out
}
func (arrTarget) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mArr {
		out = append(out, []any{k[0], k[1]})
		after(len(out) - 1)
	}
	return out
}
func (arrTarget) Len() int { return len(mArr) }
func (arrTarget) Kind() *KeyKind {
	return &KeyKind{
		Name:      "[2]int64",
		Read:      func(p unsafe.Pointer) any { k := (*[2]int64)(p); return []any{k[0], k[1]} },
		SelfEqual: func(unsafe.Pointer) bool { return true },
	}
}

type intStrTarget struct{}

func (intStrTarget) Make(hint int) {
	if hint < 0 {
		mIntStr = make(map[intStrKey]int64)
	} else {
		mIntStr = make(map[intStrKey]int64, hint)
	}
}
func (intStrTarget) Map() any { return mIntStr }
func (intStrTarget) Parse(tok string) (unsafe.Pointer, any, error) {
	a, b, err := splitComma(tok)
	if err != nil {
		return nil, nil, err
	}
	x, err := strconv.ParseInt(a, 0, 64)
	if err != nil {
		return nil, nil, err
	}
	p := &intStrKey{x, b}
	return unsafe.Pointer(p), []any{x, b}, nil
}
func (intStrTarget) Put(p unsafe.Pointer, v int64) { mIntStr[*(*intStrKey)(p)] = v }
func (intStrTarget) Del(p unsafe.Pointer)          { delete(mIntStr, *(*intStrKey)(p)) }
func (intStrTarget) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mIntStr[*(*intStrKey)(p)]
	return v, ok
}
func (intStrTarget) Clear() { clear(mIntStr) }
func (intStrTarget) Iter() []any {
	out := []any{}
	for k := range mIntStr {
		out = append(out, []any{k.A, k.S})
	}
	return out
}
func (intStrTarget) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mIntStr {
		out = append(out, []any{k.A, k.S})
		after(len(out) - 1)
	}
	return out
}
func (intStrTarget) Len() int { return len(mIntStr) }
func (intStrTarget) Kind() *KeyKind {
	return &KeyKind{
		Name:      "struct{A int64; S string}",
		Read:      func(p unsafe.Pointer) any { k := (*intStrKey)(p); return []any{k.A, k.S} },
		SelfEqual: func(unsafe.Pointer) bool { return true },
	}
}

type str2Target struct{}

func (str2Target) Make(hint int) {
	if hint < 0 {
		mStr2 = make(map[[2]string]int64)
	} else {
		mStr2 = make(map[[2]string]int64, hint)
	}
}
func (str2Target) Map() any { return mStr2 }
func (str2Target) Parse(tok string) (unsafe.Pointer, any, error) {
	a, b, err := splitComma(tok)
	if err != nil {
		return nil, nil, err
	}
	p := &[2]string{a, b}
	return unsafe.Pointer(p), []any{a, b}, nil
}
func (str2Target) Put(p unsafe.Pointer, v int64) { mStr2[*(*[2]string)(p)] = v }
func (str2Target) Del(p unsafe.Pointer)          { delete(mStr2, *(*[2]string)(p)) }
func (str2Target) Get(p unsafe.Pointer) (int64, bool) {
	v, ok := mStr2[*(*[2]string)(p)]
	return v, ok
}
func (str2Target) Clear() { clear(mStr2) }
func (str2Target) Iter() []any {
	out := []any{}
	for k := range mStr2 {
		out = append(out, []any{k[0], k[1]})
	}
	return out
}
func (str2Target) IterWith(after func(i int)) []any {
	out := []any{}
	for k := range mStr2 {
		out = append(out, []any{k[0], k[1]})
		after(len(out) - 1)
	}
	return out
}
func (str2Target) Len() int { return len(mStr2) }
func (str2Target) Kind() *KeyKind {
	return &KeyKind{
		Name:      "[2]string",
		Read:      func(p unsafe.Pointer) any { k := (*[2]string)(p); return []any{k[0], k[1]} },
		SelfEqual: func(unsafe.Pointer) bool { return true },
	}
}

// targetFor returns the target for a -k value, or nil.
func targetFor(keyType string) Target {
	switch keyType {
	case "int", "int64":
		return intTarget{}
	case "string", "str":
		return strTarget{}
	case "float", "float64":
		return floatTarget{}
	case "pair":
		return pairTarget{}
	case "arr2i":
		return arrTarget{}
	case "intstr":
		return intStrTarget{}
	case "arr2s":
		return str2Target{}
	}
	return nil
}

// ---- records -------------------------------------------------------------

// Hex formats a hash or seed as a fixed-width hex string (JSON numbers lose
// precision above 2^53 in many consumers).
func Hex(v uint64) string { return fmt.Sprintf("0x%016x", v) }

type record struct {
	Step       int            `json:"step"`
	Op         string         `json:"op"`
	Arg        any            `json:"arg,omitempty"`
	Key        any            `json:"key,omitempty"`
	Seed       string         `json:"seed,omitempty"` // seed in effect when the op ran
	Hash       string         `json:"hash,omitempty"` // hasher(key, seed), as the runtime computes it
	HashNote   string         `json:"hash_note,omitempty"`
	KeyInfo    map[string]any `json:"keyinfo,omitempty"`
	Result     any            `json:"result,omitempty"`
	Writes     []iterWrite    `json:"writes,omitempty"`     // iterw: writes done inside the loop
	SeedAfter  string         `json:"seed_after,omitempty"` // only when it changed
	Len        int            `json:"len"`
	State      any            `json:"state,omitempty"`
	Violations []string       `json:"violations,omitempty"`
}

// iterWrite is one write performed inside a range loop (op iterw), after the key at
// position After was yielded, with the seed in effect and the key's hash.
type iterWrite struct {
	After int    `json:"after"`
	Op    string `json:"op"`
	Key   any    `json:"key"`
	Val   int64  `json:"val,omitempty"`
	Seed  string `json:"seed"`
	Hash  string `json:"hash"`
}

type header struct {
	Header map[string]any `json:"header"`
}

// Main runs the oracle. It never returns.
func Main(ins Inspector) {
	keyType := flag.String("k", "int", "key type: int (map[int64]int64), string (map[string]int64), float (map[float64]int64), pair (struct{A, B int64}), arr2i ([2]int64), intstr (struct{A int64; S string}), arr2s ([2]string)")
	dump := flag.String("dump", "full", "state written after each op: full | summary | none")
	hashes := flag.Bool("hashes", false, "in full dumps, also print hasher(key, seed) for every occupied slot")
	check := flag.Bool("check", true, "run invariant checks after every op (violations are reported per record)")
	every := flag.Int("every", 1, "with -dump full: write the full state only every N-th op (summary otherwise); add a `dump` line to force a full state")
	flag.Parse()

	tgt := targetFor(*keyType)
	if tgt == nil {
		fmt.Fprintf(os.Stderr, "unknown -k %q\n", *keyType)
		os.Exit(2)
	}
	if *dump != "full" && *dump != "summary" && *dump != "none" {
		fmt.Fprintf(os.Stderr, "unknown -dump %q\n", *dump)
		os.Exit(2)
	}
	kk := tgt.Kind()
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	enc := json.NewEncoder(out)

	made := false
	seqID := ""
	ensure := func() {
		if !made {
			tgt.Make(-1)
			made = true
		}
	}

	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	step := 0
	totalViolations := 0
	headerDone := false
	writeHeader := func() {
		if headerDone {
			return
		}
		headerDone = true
		h := map[string]any{
			"go":      runtime.Version(),
			"goarch":  runtime.GOARCH,
			"impl":    ins.Impl(),
			"keytype": kk.Name,
			"layout":  ins.Layout(tgt.Map()),
		}
		if seqID != "" {
			h["seq"] = seqID
		}
		enc.Encode(header{h})
	}
	for {
		line, err := in.ReadString('\n')
		if line == "" && err != nil {
			if err != io.EOF {
				fmt.Fprintln(os.Stderr, err)
			}
			break
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "@seq ") {
			// Batch mode: "@seq ID KEYTYPE EVERY" starts a new sequence on a fresh map,
			// with its own header (which carries ID), so one process runs many sequences.
			f := strings.Fields(line)
			if len(f) != 4 {
				fmt.Fprintf(os.Stderr, "bad sequence line %q (want @seq ID KEYTYPE EVERY)\n", line)
				os.Exit(2)
			}
			t := targetFor(f[2])
			ev, err := strconv.Atoi(f[3])
			if t == nil || err != nil || ev < 1 {
				fmt.Fprintf(os.Stderr, "bad sequence line %q\n", line)
				os.Exit(2)
			}
			tgt, kk, *every, seqID = t, t.Kind(), ev, f[1]
			made, headerDone, step = false, false, 0
			continue
		}
		op, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		keyTok, valTok := splitKey(rest)

		if op == "make" {
			if made {
				fmt.Fprintln(os.Stderr, "make must be the first operation")
				os.Exit(2)
			}
			hint := -1
			if keyTok != "" {
				h, err := strconv.Atoi(keyTok)
				if err != nil {
					fmt.Fprintf(os.Stderr, "bad hint %q\n", keyTok)
					os.Exit(2)
				}
				hint = h
			}
			tgt.Make(hint)
			made = true
			writeHeader()
			step++
			rec := record{Step: step, Op: "make", Arg: hint, Seed: Hex(uint64(ins.Seed(tgt.Map())))}
			finish(&rec, ins, tgt, kk, *dump, *hashes, *check, &totalViolations)
			enc.Encode(rec)
			continue
		}
		ensure()
		writeHeader()
		step++
		m := tgt.Map()
		rec := record{Step: step, Op: op}
		seedBefore := ins.Seed(m)
		var kp unsafe.Pointer
		needKey := op == "put" || op == "del" || op == "get"
		if needKey {
			p, jk, err := tgt.Parse(keyTok)
			if err != nil {
				fmt.Fprintf(os.Stderr, "line %q: %v\n", line, err)
				os.Exit(2)
			}
			kp = p
			rec.Key = jk
			rec.Seed = Hex(uint64(seedBefore))
			if kk.SelfEqual(kp) {
				h := ins.Hash(m, kp, seedBefore)
				rec.Hash = Hex(uint64(h))
				rec.KeyInfo = ins.KeyInfo(m, h)
			} else {
				rec.HashNote = "key != key (NaN): the runtime hashes it to a fresh random value on every call"
			}
		}
		switch op {
		case "put":
			v := int64(step)
			if valTok != "" {
				x, err := strconv.ParseInt(valTok, 0, 64)
				if err != nil {
					fmt.Fprintf(os.Stderr, "bad value in %q\n", line)
					os.Exit(2)
				}
				v = x
				rec.Arg = v // echoed so a replay uses the same value
			}
			tgt.Put(kp, v)
		case "del":
			tgt.Del(kp)
		case "get":
			v, ok := tgt.Get(kp)
			if ok {
				rec.Result = v
			} else {
				rec.Result = "absent"
			}
		case "clear":
			tgt.Clear()
		case "iter":
			rec.Result = tgt.Iter()
		case "iterw":
			// "iterw put:K del:K ...": the j-th write runs after the j-th yielded key.
			type w struct {
				op  string
				p   unsafe.Pointer
				key any
			}
			var ws []w
			for _, tok := range strings.Fields(rest) {
				wop, wk, ok := strings.Cut(tok, ":")
				if !ok || (wop != "put" && wop != "del") {
					fmt.Fprintf(os.Stderr, "line %q: bad write %q (want put:KEY or del:KEY)\n", line, tok)
					os.Exit(2)
				}
				p, jk, err := tgt.Parse(wk)
				if err != nil || !kk.SelfEqual(p) {
					fmt.Fprintf(os.Stderr, "line %q: bad key in %q\n", line, tok)
					os.Exit(2)
				}
				ws = append(ws, w{wop, p, jk})
			}
			rec.Writes = []iterWrite{}
			rec.Result = tgt.IterWith(func(i int) {
				if i >= len(ws) {
					return
				}
				x := ws[i]
				mm := tgt.Map()
				sd := ins.Seed(mm)
				iw := iterWrite{After: i, Op: x.op, Key: x.key, Seed: Hex(uint64(sd)), Hash: Hex(uint64(ins.Hash(mm, x.p, sd)))}
				if x.op == "put" {
					iw.Val = int64(step*1000 + i + 1)
					tgt.Put(x.p, iw.Val)
				} else {
					tgt.Del(x.p)
				}
				rec.Writes = append(rec.Writes, iw)
			})
		case "dump":
			// nothing to do; state is written below (always full).
		default:
			fmt.Fprintf(os.Stderr, "unknown op %q (want make/put/del/get/clear/iter/iterw/dump)\n", op)
			os.Exit(2)
		}
		if s := ins.Seed(m); s != seedBefore {
			rec.SeedAfter = Hex(uint64(s))
		}
		d := *dump
		if d == "full" && *every > 1 && step%*every != 0 {
			d = "summary"
		}
		if op == "dump" {
			d = "full"
		}
		finish(&rec, ins, tgt, kk, d, *hashes, *check, &totalViolations)
		enc.Encode(rec)
	}
	out.Flush()
	if totalViolations > 0 {
		fmt.Fprintf(os.Stderr, "oracle: %d invariant violations reported\n", totalViolations)
		os.Exit(1)
	}
}

func finish(rec *record, ins Inspector, tgt Target, kk *KeyKind, dump string, hashes, check bool, total *int) {
	m := tgt.Map()
	rec.Len = tgt.Len()
	if dump == "none" && !check {
		return
	}
	st, v := ins.State(m, kk, dump == "full", hashes)
	if dump != "none" {
		rec.State = st
	}
	if check {
		rec.Violations = v
		*total += len(v)
	}
}

// splitKey splits "KEY [VALUE]"; KEY may be a Go-quoted string.
func splitKey(rest string) (key, val string) {
	if strings.HasPrefix(rest, "\"") {
		q, err := strconv.QuotedPrefix(rest)
		if err == nil {
			k, _ := strconv.Unquote(q)
			return k, strings.TrimSpace(rest[len(q):])
		}
	}
	k, v, _ := strings.Cut(rest, " ")
	return k, strings.TrimSpace(v)
}
