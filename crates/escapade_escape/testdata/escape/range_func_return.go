// range_: return statements inside range-over-func bodies: the values go
// through result temporaries #rvN captured by the body closure, with #next.
package main

func each(xs []*int) func(func(*int) bool) {
	return func(yield func(*int) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func firstBig(xs []*int) *int {
	for p := range each(xs) {
		if *p > 10 {
			return p
		}
	}
	return nil
}

func local(xs []*int) (*int, bool) {
	y := 5
	for p := range each(xs) {
		if *p == 0 {
			return &y, true
		}
	}
	return nil, false
}

func stop(xs []*int) {
	for p := range each(xs) {
		if p == nil {
			return
		}
	}
}

func main() {
	a := 11
	_ = firstBig([]*int{&a})
	_, _ = local(nil)
	stop(nil)
}
