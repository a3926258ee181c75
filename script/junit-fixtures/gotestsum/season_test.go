package plm

import (
	"os"
	"sync/atomic"
	"testing"
)

var runs int32

func TestZip(t *testing.T) {}

// Fails on the second of three runs (go test -count=3), as a test with a shared-state bug does.
func TestSeasonCache(t *testing.T) {
	if atomic.AddInt32(&runs, 1) == 2 {
		t.Fatal("season cache returned a stale FW26 entry")
	}
}

func TestCDN(t *testing.T) {
	if os.Getenv("CDN_URL") == "" {
		t.Skip("needs the CDN")
	}
}
