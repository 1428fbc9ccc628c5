package main

import (
	"os"
	"testing"
)

// TestMain lets a test run the real exposure command in a child process (the
// test binary re-executed with EXPOSURE_TEST_RUN_MAIN=1), so that tests can
// kill it with SIGKILL mid-scan.
func TestMain(m *testing.M) {
	if os.Getenv("EXPOSURE_TEST_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}
