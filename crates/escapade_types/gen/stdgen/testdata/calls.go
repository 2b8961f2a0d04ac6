// A user program calling std, compiled with -gcflags=-m by `stdgen -validate` (both
// toolchains): the report joins every call with the callee's recorded tags and checks the
// caller-side verdicts that follow directly from those tags. Each checked variable is used
// once, so no other use can move it to the heap; the callers are
// //go:noinline so that each diagnostic appears once, at its own line.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type point struct{ x, y int }

//go:noinline
func println1() {
	v := point{1, 2}
	fmt.Println(v) // variadic ...any: the slice stays, each boxed value leaks
}

//go:noinline
func sprintf1(n int) string {
	return fmt.Sprintf("%d", n)
}

//go:noinline
func fprintf1() {
	v := point{1, 2}
	fmt.Fprintf(os.Stdout, "%v\n", v)
}

//go:noinline
func builder1() string {
	var b strings.Builder
	b.WriteString("hi")
	return b.String()
}

//go:noinline
func sortSlice1() {
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

//go:noinline
func sortInts1() {
	sort.Ints([]int{3, 1, 2})
}

//go:noinline
func bufferWrite1() int {
	var buf bytes.Buffer
	buf.Write([]byte("abc"))
	return buf.Len()
}

//go:noinline
func newBuffer1() *bytes.Buffer {
	return bytes.NewBuffer(make([]byte, 0, 8))
}

//go:noinline
func errorsNew1() error {
	return errors.New("boom")
}

//go:noinline
func errorsIs1(err error) bool {
	e := point{1, 2}
	return errors.Is(err, &myErr{e})
}

type myErr struct{ p point }

func (*myErr) Error() string { return "myErr" }

//go:noinline
func itoa1(i int) string {
	return strconv.Itoa(i)
}

//go:noinline
func appendInt1() int {
	b := strconv.AppendInt([]byte{}, 42, 10) // dst leaks only to the result, which stays local
	return len(b)
}

//go:noinline
func insert1() []int {
	s := []int{1, 2}
	return slices.Insert(s, 1, 5)
}

//go:noinline
func marshal1() []byte {
	v := point{1, 2}
	b, _ := json.Marshal(&v)
	return b
}

//go:noinline
func unmarshal1(data []byte) int {
	var p point
	_ = json.Unmarshal(data, &p)
	return p.x
}

//go:noinline
func lock1() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
}

//go:noinline
func now1() time.Time {
	return time.Now()
}

//go:noinline
func join1() string {
	return strings.Join([]string{"a", "b"}, ",")
}

//go:noinline
func writeString1(w io.Writer) {
	io.WriteString(w, "x")
}

//go:noinline
func newWriter1() {
	w := bufio.NewWriter(os.Stdout)
	w.Flush()
}

//go:noinline
func withCancel1() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_ = ctx
}

//go:noinline
func fprint1() string {
	var sb strings.Builder
	fmt.Fprint(&sb, "x") // w leaks to heap: sb is moved to heap
	return sb.String()
}

//go:noinline
func sscan1() int {
	var x int
	fmt.Sscan("1", &x) // a leaks content: each element (&x) leaks, x is moved to heap
	return x
}

//go:noinline
func quote1() string {
	return strconv.Quote(string([]byte{'a'}))
}

//go:noinline
func errorsJoin1() error {
	return errors.Join(errors.New("a"), errors.New("b"))
}

//go:noinline
func atomicAdd1() int32 {
	var n int32
	return atomic.AddInt32(&n, 1) // body-less: go1.23 leaks addr (n moved), go1.27 is //go:noescape
}

//go:noinline
func contains1(s string) bool {
	return strings.Contains(s, "x")
}

func main() {
	println1()
	_ = sprintf1(1)
	fprintf1()
	_ = builder1()
	sortSlice1()
	sortInts1()
	_ = bufferWrite1()
	_ = newBuffer1()
	_ = errorsNew1()
	_ = errorsIs1(nil)
	_ = itoa1(1)
	_ = appendInt1()
	_ = insert1()
	_ = marshal1()
	_ = unmarshal1(nil)
	lock1()
	_ = now1()
	_ = join1()
	writeString1(os.Stdout)
	newWriter1()
	withCancel1()
	_ = fprint1()
	_ = sscan1()
	_ = quote1()
	_ = errorsJoin1()
	_ = atomicAdd1()
	_ = contains1("x")
}
