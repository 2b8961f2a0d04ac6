package main

// Per-type layout facts for gc on amd64.

import (
	"fmt"
	"go/types"
)

var gcSizes = types.SizesFor("gc", "amd64")

// ptrData is the length of the prefix of a value of type t that can contain pointers
// (gc's PtrDataSize); 0 means the type holds no pointers.
func ptrData(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.String, types.UnsafePointer:
			return 8
		}
		return 0
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature, *types.Slice:
		return 8
	case *types.Interface:
		return 16
	case *types.Array:
		if u.Len() == 0 {
			return 0
		}
		e := ptrData(u.Elem())
		if e == 0 {
			return 0
		}
		return (u.Len()-1)*gcSizes.Sizeof(u.Elem()) + e
	case *types.Struct:
		var fields []*types.Var
		for i := 0; i < u.NumFields(); i++ {
			fields = append(fields, u.Field(i))
		}
		offs := gcSizes.Offsetsof(fields)
		var pd int64
		for i, f := range fields {
			if p := ptrData(f.Type()); p > 0 {
				pd = offs[i] + p
			}
		}
		return pd
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// layoutFacts returns the //escapade:layout annotation body for a non-generic type.
func layoutFacts(t types.Type) string {
	pd := ptrData(t)
	return fmt.Sprintf("size=%d align=%d ptrs=%d ptrdata=%d comparable=%d",
		gcSizes.Sizeof(t), gcSizes.Alignof(t), b2i(pd > 0), pd, b2i(types.Comparable(t)))
}

func hasPointers(t types.Type) bool {
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		_ = tp
		return true // unknown shape: conservatively pointerful
	}
	return ptrData(t) > 0
}
