package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Env is the outside world a command sees: no globals, so tests can run
// commands in-process.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// UsageError is a bad command line: exit code 2 and a one-line message.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

const usage = `usage:
  exposure scan [flags] TARGET...    scan s3://bucket[/prefix] or local directories, write a findings dataset
  exposure report [--json] OUT...    print the scope summary of one or more datasets (merges shards)
  exposure demo                      in-process S3 server + synthetic data + full scan + report
  exposure gen [flags] DEST          write a synthetic, labelled data set (local dir or s3://bucket/prefix)
Run 'exposure COMMAND -h' for a command's flags.`

// Run runs one exposure command with args (without the program name).
func Run(ctx context.Context, args []string, env Env) error {
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if env.Stdout == nil {
		env.Stdout = io.Discard
	}
	if env.Stderr == nil {
		env.Stderr = io.Discard
	}
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, usage)
		return usagef("no command given")
	}
	switch args[0] {
	case "scan":
		return runScan(ctx, args[1:], env)
	case "report":
		return runReport(ctx, args[1:], env)
	case "demo":
		return runDemo(ctx, args[1:], env)
	case "gen":
		return runGen(ctx, args[1:], env)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(env.Stdout, usage)
		return nil
	default:
		fmt.Fprintln(env.Stderr, usage)
		return usagef("unknown command %q", args[0])
	}
}

// parseInterspersed parses flags that may come before, between or after the
// positional arguments (exposure scan s3://b --out x) and returns the
// positional ones.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// helpText renders a FlagSet's defaults for -h.
func helpText(fs *flag.FlagSet, synopsis string) string {
	var b strings.Builder
	b.WriteString("usage: " + synopsis + "\n")
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	return b.String()
}
