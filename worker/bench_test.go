//go:build !js

package worker

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"
	"time"
)

// Benchmarks for `make bench`: p50/p99 latency of share create and read over
// HTTP on loopback, natively and under wrangler dev; the worker instance's
// start time; the worker wasm size. Latencies are reported as custom metrics
// (p50-ms, p99-ms) next to Go's mean ns/op.

// The native server runs with the limiter on (a limit it never reaches), as
// in production, so its counter upsert is part of every write.
func BenchmarkShareNative(b *testing.B)   { benchShares(b, nativeTarget(b, 1<<30)) }
func BenchmarkShareWrangler(b *testing.B) { benchShares(b, wranglerTarget(b)) }

func benchShares(b *testing.B, tg target) {
	doc := scenarioFixture(b, "sangat_baik")
	var ids []string
	b.Run("create", func(b *testing.B) {
		lat := make([]time.Duration, 0, b.N)
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			res := tg.withClient().do(b, "POST", "/api/shares", jsonCT, doc)
			lat = append(lat, time.Since(t0))
			if res.status != 201 {
				b.Fatalf("create: %d %s", res.status, res.body)
			}
			var c shareCreated
			json.Unmarshal(res.body, &c)
			ids = append(ids, c.ID)
		}
		reportLatency(b, lat)
	})
	b.Run("read", func(b *testing.B) {
		if len(ids) == 0 {
			b.Skip("no shares")
		}
		lat := make([]time.Duration, 0, b.N)
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			res := tg.do(b, "GET", "/api/shares/"+ids[i%len(ids)], nil, nil)
			lat = append(lat, time.Since(t0))
			if res.status != 200 {
				b.Fatalf("read: %d %s", res.status, res.body)
			}
		}
		reportLatency(b, lat)
	})
	b.Run("health", func(b *testing.B) {
		lat := make([]time.Duration, 0, b.N)
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			if res := tg.do(b, "GET", "/api/health", nil, nil); res.status != 200 {
				b.Fatalf("health: %d", res.status)
			}
			lat = append(lat, time.Since(t0))
		}
		reportLatency(b, lat)
	})
}

// benchWrites numbers the benchmarks' writes on wrangler.
var benchWrites atomic.Int64

// withClient spreads wrangler's writes over client addresses, 20 writes
// each (under the suite's limit of 40 a minute), so the benchmark measures
// the API rather than the rate limit; natively all come from one client.
func (tg target) withClient() target {
	if !tg.perClient {
		return tg
	}
	c := benchWrites.Add(1) / 20
	tg.header = map[string]string{"CF-Connecting-IP": fmt.Sprintf("10.%d.%d.%d", c>>16&255, c>>8&255, c&255)}
	return tg
}

func reportLatency(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
}

// BenchmarkWorkerStart runs worker/bench/start.mjs (Node, the V8 that workerd
// also uses) on the built worker: instance start = instantiate the wasm and
// run the Go runtime and main() to workers.Ready, which every Workers request
// pays, since each one starts a fresh Go instance.
func BenchmarkWorkerStart(b *testing.B) {
	wranglerTarget(b) // builds the worker
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node not installed")
	}
	out, err := exec.Command(node, filepath.Join(repoRoot(), "worker", "bench", "start.mjs"),
		filepath.Join(wrangler.dir, "build"), fmt.Sprint(max(b.N, 20))).Output()
	if err != nil {
		b.Fatalf("start.mjs: %v %s", err, out)
	}
	var m map[string]float64
	if err := json.Unmarshal(out, &m); err != nil {
		b.Fatalf("start.mjs output %s: %v", out, err)
	}
	b.ReportMetric(m["compile_ms"], "compile-ms")
	b.ReportMetric(m["start_p50_ms"], "start-p50-ms")
	b.ReportMetric(m["start_p99_ms"], "start-p99-ms")
	b.ReportMetric(m["health_total_p50_ms"], "start+health-p50-ms")
}

// BenchmarkWorkerSize reports the production worker wasm (encoding/json
// seam, as worker/build.sh builds it) and, for the record, the same with
// -tags gojson. The Workers free plan allows 3 MiB compressed.
func BenchmarkWorkerSize(b *testing.B) {
	size := func(tags string) (raw, gz int64) {
		out := filepath.Join(b.TempDir(), "app.wasm")
		cmd := exec.Command("go", "build", "-tags="+tags, "-trimpath", "-ldflags=-s -w", "-o", out, "./worker/cmd/worker")
		cmd.Dir = repoRoot()
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("build %q: %v %s", tags, err, msg)
		}
		return fileSizes(b, out)
	}
	raw, gz := size("")
	b.ReportMetric(float64(raw)/1e6, "raw-MB")
	b.ReportMetric(float64(gz)/1e6, "gzip-MB")
	_, gzAlt := size("gojson")
	b.ReportMetric(float64(gzAlt)/1e6, "gojson-gzip-MB")
}

func fileSizes(b *testing.B, path string) (raw, gz int64) {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	cw := &countWriter{}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	raw, err = io.Copy(zw, f)
	if err != nil {
		b.Fatal(err)
	}
	zw.Close()
	return raw, cw.n
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkClassView measures the trainer's view of a 40-participant class
// (every submission recomputed with domain.Simulate), natively and under
// wrangler dev.
func BenchmarkClassViewNative(b *testing.B)   { benchClassView(b, nativeTarget(b, 0), 40) }
func BenchmarkClassViewWrangler(b *testing.B) { benchClassView(b, wranglerTarget(b), 40) }

func benchClassView(b *testing.B, tg target, size int) {
	res := tg.do(b, "POST", "/api/classes", nil, nil)
	var c classCreated
	json.Unmarshal(res.body, &c)
	docs := [][]byte{scenarioFixture(b, "sangat_baik"), scenarioFixture(b, "baik_poin_32")}
	for i := 0; i < size; i++ {
		body := []byte(`{"scenario":` + string(docs[i%2]) + `}`)
		if res := tg.withClient().do(b, "POST", "/api/classes/"+c.Code+"/submissions", jsonCT, body); res.status != 201 {
			b.Fatalf("submit: %d %s", res.status, res.body)
		}
	}
	auth := map[string]string{"Authorization": "Bearer " + c.Token}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if res := tg.do(b, "GET", "/api/classes/"+c.Code, auth, nil); res.status != 200 {
			b.Fatalf("class: %d %s", res.status, res.body)
		}
		lat = append(lat, time.Since(t0))
	}
	reportLatency(b, lat)
}
