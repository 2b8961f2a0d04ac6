// Command hashcheck prints the runtime's fallback hash key and the hashes the real map
// hashers compute for a fixed set of keys and seeds. Run it where Go uses its non-AES
// fallback hash (GODEBUG=cpu.aes=off on amd64, or GOARCH=wasm); the simulator's
// Fallback hasher must reproduce every line (crates/escapade_maps/tests/fallback_hash.rs).
//
// Build with -ldflags=-checklinkname=0 (the hash key is read through go:linkname).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unsafe"
)

type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// hasherOf returns the Hasher field of a map type descriptor: it sits after abi.Type
// (48 bytes) and the Key, Elem and Bucket/Group pointers in go1.23, go1.24 and go1.27.
// Not inlined: inlined into main, go1.27.3's linker panics on the struct key's hash function
// ("R_USEIFACE in main.main references type:.hashfunc.M8S which is not a type or itab").
//
//go:noinline
func hasherOf(m any) func(unsafe.Pointer, uintptr) uintptr {
	e := (*eface)(unsafe.Pointer(&m))
	type head struct {
		_      [48 + 3*8]byte
		Hasher func(unsafe.Pointer, uintptr) uintptr
	}
	return (*head)(e.typ).Hasher
}

// Composite keys: the compiler-generated hashers (plain-memory structs/arrays hashed as one
// memory block; others field by field / element by element).
type pair struct{ A, B int64 }

type intStr struct {
	A int64
	S string
}

// Padded and float-carrying composites: padding bytes are skipped, floats hashed by f32hash /
// f64hash, memory runs of adjacent fields merged.
type padded struct {
	A int8
	B int64
}

type mixed struct {
	A int32
	B bool
	S string
	F float64
	C uint16
}

type f32pair struct{ X, Y float32 }

type nested struct {
	A int16
	P [2]int8
	F float32
}

type deep struct {
	X padded
	C int64
	B [3]bool
}

var (
	mDeep   = map[deep]int64{}
	mArr5   = map[[5]padded]int64{}
	mPadded = map[padded]int64{}
	mMixed  = map[mixed]int64{}
	mF32    = map[f32pair]int64{}
	mNested = map[nested]int64{}
	mArrPad = map[[2]padded]int64{}
	mPair   = map[pair]int64{}
	mArr2i  = map[[2]int64]int64{}
	mIntStr = map[intStr]int64{}
	mArr2s  = map[[2]string]int64{}
)

func main() {
	hi := hasherOf(map[int64]int64{})
	hs := hasherOf(map[string]int64{})
	hf := hasherOf(map[float64]int64{})
	hp := hasherOf(mPair)
	ha := hasherOf(mArr2i)
	his := hasherOf(mIntStr)
	hss := hasherOf(mArr2s)
	hpad := hasherOf(mPadded)
	hmix := hasherOf(mMixed)
	hf32 := hasherOf(mF32)
	hnest := hasherOf(mNested)
	hap := hasherOf(mArrPad)
	hdeep := hasherOf(mDeep)
	ha5 := hasherOf(mArr5)
	js := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		return string(b)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	k := hashKey()
	fmt.Fprintf(out, "hashkey %#016x %#016x %#016x %#016x\n", k[0], k[1], k[2], k[3])
	seeds := []uintptr{0, 1, 0xdeadbeef, 0x0123456789abcdef, math.MaxUint64}
	ints := []int64{0, 1, -1, 2, 7, 255, 256, 1 << 31, -(1 << 40), math.MaxInt64, math.MinInt64, 123456789}
	var strs []string
	for n := 0; n <= 100; n++ {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(byte('a' + (i*7+n)%26))
		}
		strs = append(strs, b.String())
	}
	strs = append(strs, "héllo, 世界", "tab\there\n")
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e300, 5e-324, math.Inf(1), math.Inf(-1), math.Pi}
	// Key sizes (unsafe.Sizeof): the bucket/group slot sizes of these map types.
	sizes := []struct {
		name string
		size uintptr
	}{
		{"pair", unsafe.Sizeof(pair{})}, {"arr2i", unsafe.Sizeof([2]int64{})},
		{"intstr", unsafe.Sizeof(intStr{})}, {"arr2s", unsafe.Sizeof([2]string{})},
		{"padded", unsafe.Sizeof(padded{})}, {"mixed", unsafe.Sizeof(mixed{})},
		{"f32pair", unsafe.Sizeof(f32pair{})}, {"nested", unsafe.Sizeof(nested{})},
		{"arrpad", unsafe.Sizeof([2]padded{})}, {"deep", unsafe.Sizeof(deep{})},
		{"arr5", unsafe.Sizeof([5]padded{})},
	}
	for _, z := range sizes {
		fmt.Fprintf(out, "size %s 0x0 %#016x\n", z.name, z.size)
	}
	small := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e30, 5e-40, math.Pi, -7.25}
	for _, s := range seeds {
		for _, x := range ints {
			fmt.Fprintf(out, "int %d %#x %#016x\n", x, s, hi(unsafe.Pointer(&x), s))
		}
		for _, x := range strs {
			fmt.Fprintf(out, "str %s %#x %#016x\n", strconv.Quote(x), s, hs(unsafe.Pointer(&x), s))
		}
		for _, x := range floats {
			fmt.Fprintf(out, "float %s %#x %#016x\n", strconv.FormatFloat(x, 'g', -1, 64), s, hf(unsafe.Pointer(&x), s))
		}
		for i, a := range ints {
			b := ints[(i*5+3)%len(ints)]
			p := pair{a, b}
			fmt.Fprintf(out, "pair %s %#x %#016x\n", js([]int64{a, b}), s, hp(unsafe.Pointer(&p), s))
			q := [2]int64{b, a}
			fmt.Fprintf(out, "arr2i %s %#x %#016x\n", js(q), s, ha(unsafe.Pointer(&q), s))
		}
		for i, x := range strs {
			if i%4 != 0 && i < 90 {
				continue
			}
			a := ints[i%len(ints)]
			k := intStr{a, x}
			fmt.Fprintf(out, "intstr %s %#x %#016x\n", js([]any{a, x}), s, his(unsafe.Pointer(&k), s))
			y := strs[(i*7+11)%len(strs)]
			q := [2]string{x, y}
			fmt.Fprintf(out, "arr2s %s %#x %#016x\n", js(q), s, hss(unsafe.Pointer(&q), s))
		}
		for i, a := range ints {
			b := ints[(i*5+3)%len(ints)]
			x := floats[i%len(floats)]
			if math.IsInf(x, 0) {
				x = 1e-300
			}
			y := small[(i*3+1)%len(small)]
			str := strs[(i*13)%len(strs)]
			p := padded{int8(a), b}
			fmt.Fprintf(out, "padded %s %#x %#016x\n", js([]any{p.A, p.B}), s, hpad(unsafe.Pointer(&p), s))
			m := mixed{int32(b), i%2 == 0, str, x, uint16(a)}
			fmt.Fprintf(out, "mixed %s %#x %#016x\n", js([]any{m.A, m.B, m.S, m.F, m.C}), s, hmix(unsafe.Pointer(&m), s))
			f := f32pair{float32(small[i%len(small)]), float32(y)}
			fmt.Fprintf(out, "f32pair %s %#x %#016x\n", js([]any{f.X, f.Y}), s, hf32(unsafe.Pointer(&f), s))
			n := nested{int16(a), [2]int8{int8(b), int8(a >> 8)}, float32(y)}
			fmt.Fprintf(out, "nested %s %#x %#016x\n", js([]any{n.A, n.P, n.F}), s, hnest(unsafe.Pointer(&n), s))
			q := [2]padded{{int8(b), a}, {int8(a), b}}
			d := deep{padded{int8(a), b}, a ^ b, [3]bool{i%2 == 0, i%3 == 0, true}}
			fmt.Fprintf(out, "deep %s %#x %#016x\n", js([]any{[]any{d.X.A, d.X.B}, d.C, d.B}), s, hdeep(unsafe.Pointer(&d), s))
			var a5 [5]padded
			var j5 [][]any
			for j := range a5 {
				a5[j] = padded{int8(a + int64(j)), b - int64(j)}
				j5 = append(j5, []any{a5[j].A, a5[j].B})
			}
			fmt.Fprintf(out, "arr5 %s %#x %#016x\n", js(j5), s, ha5(unsafe.Pointer(&a5), s))
			fmt.Fprintf(out, "arrpad %s %#x %#016x\n", js([][]any{{q[0].A, q[0].B}, {q[1].A, q[1].B}}), s, hap(unsafe.Pointer(&q), s))
		}
	}
}
