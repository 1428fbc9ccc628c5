package main

import "context"

func runGen(ctx context.Context, args []string, env Env) error {
	return usagef("gen: not built yet")
}
