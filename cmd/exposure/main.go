// Command exposure finds personal data (names, phone numbers, postal
// addresses, building access codes) in object stores and local directories,
// and counts how many distinct people and values an exposed set of objects
// holds. See the README for the quick start and CONTRACT for the interface.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, os.Args[1:], Env{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv})
	stop()
	os.Exit(exitCode(err))
}

// exitCode maps Run's error to the exit codes of CONTRACT.md: 0 complete,
// 1 could not run or interrupted, 2 usage error.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var u *UsageError
	if errors.As(err, &u) {
		fmt.Fprintf(os.Stderr, "exposure: %v\n", u)
		return 2
	}
	fmt.Fprintf(os.Stderr, "exposure: %v\n", err)
	return 1
}
