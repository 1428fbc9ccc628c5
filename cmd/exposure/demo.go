package main

import "context"

func runDemo(ctx context.Context, args []string, env Env) error {
	return usagef("demo: not built yet")
}
