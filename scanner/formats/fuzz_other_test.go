//go:build !linux

package formats

func silenceWorkerStderr() {}
