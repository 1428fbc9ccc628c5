#!/usr/bin/env bash
# Runs every test of exposure against a real MinIO server.
#
#   scripts/test.sh            # vet, gofmt, race tests, then the large tests
#   scripts/test.sh -run Scan  # extra arguments go to both go test runs
#
# It installs MinIO from the Go module proxy if it is not cached yet (about
# two minutes once; the binary is kept in ${EXPOSURE_CACHE:-~/.cache/exposure}),
# starts it on a free loopback port with a temporary data directory, exports
# its endpoint and credentials to the tests, and stops it on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

MINIO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
CACHE=${EXPOSURE_CACHE:-$HOME/.cache/exposure}
MINIO_BIN=${EXPOSURE_MINIO_BIN:-$CACHE/bin/minio-$MINIO_VERSION}

log() { printf 'test.sh: %s\n' "$*" >&2; }

if [ ! -x "$MINIO_BIN" ]; then
	log "installing MinIO $MINIO_VERSION (once; cached in $CACHE)"
	mkdir -p "$CACHE/bin"
	tmpbin=$(mktemp -d)
	GOBIN=$tmpbin go install "github.com/minio/minio@$MINIO_VERSION"
	mv "$tmpbin/minio" "$MINIO_BIN"
	rmdir "$tmpbin"
fi

free_port() {
	local p
	for _ in $(seq 1 200); do
		p=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

DATA=$(mktemp -d)
PORT=$(free_port)
CONSOLE=$(free_port)
export MINIO_ROOT_USER="exposure-$RANDOM$RANDOM"
export MINIO_ROOT_PASSWORD="secret-$RANDOM$RANDOM$RANDOM$RANDOM"
MINIO_PID=""
cleanup() {
	if [ -n "$MINIO_PID" ]; then kill "$MINIO_PID" 2>/dev/null || true; wait "$MINIO_PID" 2>/dev/null || true; fi
	rm -rf "$DATA"
}
trap cleanup EXIT

MINIO_BROWSER=off "$MINIO_BIN" server --quiet --address "127.0.0.1:$PORT" --console-address "127.0.0.1:$CONSOLE" "$DATA/minio" >"$DATA/minio.log" 2>&1 &
MINIO_PID=$!
for i in $(seq 1 100); do
	if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
	if ! kill -0 "$MINIO_PID" 2>/dev/null; then cat "$DATA/minio.log" >&2; log "MinIO did not start"; exit 1; fi
	sleep 0.1
done
log "MinIO on 127.0.0.1:$PORT (pid $MINIO_PID)"

export EXPOSURE_TEST_S3_ENDPOINT="http://127.0.0.1:$PORT"
export EXPOSURE_TEST_S3_ACCESS_KEY="$MINIO_ROOT_USER"
export EXPOSURE_TEST_S3_SECRET_KEY="$MINIO_ROOT_PASSWORD"
export EXPOSURE_MINIO_BIN="$MINIO_BIN"

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then log "gofmt would change: $unformatted"; exit 1; fi
go vet ./...

# Every test under the race detector; tests that move gigabytes skip
# themselves under -short and run next, without the race detector's 10x cost.
go test -race -short -timeout 20m "$@" ./...
go test -run 'Large' -timeout 20m "$@" ./...
