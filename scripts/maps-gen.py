#!/usr/bin/env python3
"""Deterministic workload generator for the map oracle (crates/escapade_maps/oracle).

usage: maps-gen.py MODE N SEED [W]        one op script on stdout
       maps-gen.py --sweep-spec I         the (mode, n, seed, w, keytype) of sweep sequence I
       maps-gen.py --sweep-batch FIRST N [MODE,MODE...]
                                          sweep sequences FIRST..FIRST+N-1 as one batch script for
                                          the oracle: each starts with `@seq I KEYTYPE EVERY`
                                          (optionally drawn from the given modes only)

Modes (keys are int unless the mode starts with "str"):
  seq       put 0..N-1
  churn     random put/del (60/40) over a key space of N/2
  slide     sliding window of W live keys: put i, del i-W (same-size grows, tombstones)
  hint      make H (random H) then churn
  clear     churn with occasional clear
  iter      churn with occasional iter and get
  float     float keys: ±0, ±Inf, fractions; put/del/get/iter (no NaN: its hash is random)
  strseq    put k0..k{N-1}
  strchurn  random put/del/get of string keys (some long: > 16 and > 48 bytes)
  mixed     every op kind, random key spaces, optional hint
  strslide  slide with string keys (same-size grows and tombstones with the string hasher)
  strhint   make H (random H) then string churn with gets and iterations
  iterw     churn with range loops that write while iterating (iterw put:K del:K ...: the j-th
            write runs after the j-th yielded key; new keys make the map grow mid-loop)
  striterw  iterw with string keys

Composite-key modes (not part of the default sweep, whose sequence numbering they would change;
select them with --sweep-batch FIRST N pair,arr2i,intstr,arr2s). Each sequence mixes churn with
gets, iterations, clears and writing range loops, an optional make hint, and sometimes a sliding
window (same-size grows, tombstones); key tokens are A,B:
  pair      struct{A int64; B int64} (plain memory, hashed as 16 bytes)
  arr2i     [2]int64 (plain memory, hashed as 16 bytes)
  intstr    struct{A int64; S string} (memhash of A, then strhash of S)
  arr2s     [2]string (strhash element by element; some strings > 16 and > 48 bytes)
"""
import random
import sys

MODES = ["seq", "churn", "slide", "hint", "clear", "iter", "float", "strseq", "strchurn", "mixed",
         "strslide", "strhint", "iterw", "striterw"]
COMPOSITE_MODES = ["pair", "arr2i", "intstr", "arr2s"]
STRING_MODES = {"strseq", "strchurn", "strslide", "strhint", "striterw"}


def keytype(mode):
    if mode in COMPOSITE_MODES:
        return mode
    if mode in STRING_MODES:
        return "string"
    if mode == "float":
        return "float"
    return "int"


def skey(r, space):
    k = r.randrange(space)
    shape = k % 7
    if shape == 5:
        return f"long-key-{k:06d}-abcdefgh"
    if shape == 6:
        return f"{'x' * 40}-{k:06d}-a-rather-long-string-key"
    return f"s{k}"


def cstr(prefix, a, b):
    """A string part: mostly short, some > 16 and some > 48 bytes."""
    if (a + b) % 9 == 8:
        return f"{'y' * 40}-{prefix}{a}-{b}-a-long-composite-key-part"
    if (a + b) % 4 == 3:
        return f"{prefix}-long-{a:06d}-{b}-abcdefgh"
    return f"{prefix}{a}"


def ckey(mode, a, b):
    """A composite key token from two small integers."""
    if mode in ("pair", "arr2i"):
        return f"{a - 5},{b * 1000003 - 2}"
    if mode == "intstr":
        return f"{a},{cstr('t', b, a)}"
    return f"{cstr('a', a, b)},{cstr('b', b, a)}"


def gen_composite(mode, n, r, w):
    out = []
    if r.random() < 0.3:
        out.append(f"make {r.choice([0, 8, 9, 14, 53, 100, r.randrange(1000)])}")
    if r.random() < 0.3:
        for i in range(n):
            out.append(f"put {ckey(mode, i // 3, i % 3)}")
            if i >= w:
                out.append(f"del {ckey(mode, (i - w) // 3, (i - w) % 3)}")
        return out
    space = max(2, n // 6)
    fresh = 10 * space
    for i in range(n):
        x = r.random()
        k = ckey(mode, r.randrange(space), r.randrange(3))
        if x < 0.5:
            out.append(f"put {k}")
        elif x < 0.8:
            out.append(f"del {k}")
        elif x < 0.93:
            out.append(f"get {k}")
        elif x < 0.96:
            out.append("iter")
        elif x < 0.995:
            writes = []
            for j in range(r.randrange(1, 30)):
                if r.random() < 0.6:
                    writes.append(f"put:{ckey(mode, fresh, 1)}")
                    fresh += 1
                else:
                    writes.append(f"del:{ckey(mode, r.randrange(space), r.randrange(3))}")
            out.append("iterw " + " ".join(writes))
        else:
            out.append("clear")
    return out


def gen(mode, n, seed, w=100):
    r = random.Random(seed)
    out = []
    if mode in COMPOSITE_MODES:
        return gen_composite(mode, n, r, w)
    space = max(2, n // 2)
    if mode == "seq":
        out = [f"put {i}" for i in range(n)]
    elif mode in ("churn", "hint", "clear", "iter"):
        if mode == "hint":
            out.append(f"make {r.choice([0, 1, 8, 9, 13, 14, 27, 53, 100, 105, 209, 500, 897, 1000, r.randrange(2000)])}")
        for i in range(n):
            k = r.randrange(space)
            x = r.random()
            if mode == "clear" and x < 0.01:
                out.append("clear")
            elif mode == "iter" and x < 0.02:
                out.append("iter")
            elif mode == "iter" and x < 0.1:
                out.append(f"get {k}")
            else:
                out.append(("put " if r.random() < 0.6 else "del ") + str(k))
    elif mode in ("iterw", "striterw"):
        key = (lambda k: f"i{k}") if mode == "striterw" else str
        fresh = 10 * space
        for i in range(n):
            x = r.random()
            if x < 0.06:
                writes = []
                for j in range(r.randrange(1, 40)):
                    if r.random() < 0.6:
                        writes.append(f"put:{key(fresh)}")
                        fresh += 1
                    else:
                        writes.append(f"del:{key(r.randrange(space))}")
                out.append("iterw " + " ".join(writes))
            elif x < 0.65:
                out.append(f"put {key(r.randrange(space))}")
            else:
                out.append(f"del {key(r.randrange(space))}")
    elif mode in ("slide", "strslide"):
        key = (lambda i: f"w{i}") if mode == "strslide" else str
        for i in range(n):
            out.append(f"put {key(i)}")
            if i >= w:
                out.append(f"del {key(i - w)}")
    elif mode == "float":
        pool = ["0", "-0", "+Inf", "-Inf", "0.5", "-0.5", "1e300", "5e-324"] + [f"{i}.25" for i in range(space)]
        for i in range(n):
            x = r.random()
            k = r.choice(pool)
            if x < 0.55:
                out.append(f"put {k}")
            elif x < 0.85:
                out.append(f"del {k}")
            elif x < 0.97:
                out.append(f"get {k}")
            else:
                out.append("iter")
    elif mode == "strseq":
        out = [f"put k{i}" for i in range(n)]
    elif mode in ("strchurn", "strhint"):
        if mode == "strhint":
            out.append(f"make {r.choice([0, 7, 8, 9, 57, 100, 500, r.randrange(1500)])}")
        for i in range(n):
            x = r.random()
            k = skey(r, space)
            if x < 0.55:
                out.append(f"put {k}")
            elif x < 0.9:
                out.append(f"del {k}")
            elif x < 0.98:
                out.append(f"get {k}")
            else:
                out.append("iter")
    elif mode == "mixed":
        if r.random() < 0.5:
            out.append(f"make {r.randrange(300)}")
        sp = r.choice([8, 16, 64, space, 4 * space])
        for i in range(n):
            x = r.random()
            k = r.randrange(sp) - sp // 4
            if x < 0.5:
                out.append(f"put {k} {r.randrange(-5, 1000)}")
            elif x < 0.8:
                out.append(f"del {k}")
            elif x < 0.93:
                out.append(f"get {k}")
            elif x < 0.97:
                out.append("iter")
            else:
                out.append("clear")
    else:
        sys.exit(f"unknown mode {mode}")
    return out


def sweep_spec(i, modes=None):
    """Sequence i of the comparison sweep: mostly short, some long, every mode."""
    modes = modes or MODES
    r = random.Random(1_000_003 * i + 7)
    mode = modes[i % len(modes)]
    n = r.choice([20, 40, 80, 150, 300, 600]) if r.random() < 0.9 else r.choice([1500, 3000])
    w = r.choice([20, 50, 100, 200, 400])
    if mode in ("slide", "strslide"):
        n = max(n, 3 * w)
    return mode, n, i, w, keytype(mode)


def sweep_every(n):
    """Full state after every op for short sequences, every 7th op (summary otherwise) for long."""
    return 1 if n <= 600 else 7


def sweep_batch(first, count, out, modes=None):
    for i in range(first, first + count):
        mode, n, seed, w, kt = sweep_spec(i, modes)
        out.write(f"@seq {i} {kt} {sweep_every(n)}\n")
        out.write("\n".join(gen(mode, n, seed, w)))
        out.write("\n")


if __name__ == "__main__":
    if sys.argv[1] == "--sweep-spec":
        print(*sweep_spec(int(sys.argv[2])))
    elif sys.argv[1] == "--sweep-batch":
        modes = sys.argv[4].split(",") if len(sys.argv) > 4 else None
        if modes and not set(modes) <= set(MODES + COMPOSITE_MODES):
            sys.exit(f"unknown modes {modes} (known: {MODES + COMPOSITE_MODES})")
        sweep_batch(int(sys.argv[2]), int(sys.argv[3]), sys.stdout, modes)
    else:
        mode, n = sys.argv[1], int(sys.argv[2])
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        w = int(sys.argv[4]) if len(sys.argv) > 4 else 100
        print("\n".join(gen(mode, n, seed, w)))
