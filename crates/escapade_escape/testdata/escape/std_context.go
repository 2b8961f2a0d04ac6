// std_: context.WithCancel and context values.
package main

import "context"

type key struct{}

func withUser(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, key{}, name)
}

func run(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	_ = withUser(ctx, "u")
}

func main() {
	run(context.Background())
}
