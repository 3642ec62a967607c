#!/usr/bin/env bash
# Runs every benchmark of ghl-benchmarks once and writes the figures to
# ghl-benchmarks/target/bench-results/ (README.md explains each figure).
#
#   ghl-benchmarks/run-all.sh                 # build (with the modules it needs), then run
#   SKIP_BUILD=1 ghl-benchmarks/run-all.sh    # reuse ghl-benchmarks/target/benchmarks.jar
#
# JMH settings (defaults: 1 fork, 3 warmup x 2 s, 5 measurement x 2 s): FORKS, WI, W, I, R.
# Interleaved comparison: INTERLEAVED_RUNS (3), INTERLEAVED_ROUNDS (10000), INTERLEAVED_WALKS (15).
# Throughput: RL_SECONDS (30), RL_THREADS (16). Cold start: COLD_RUNS (7).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=ghl-benchmarks/target/benchmarks.jar
OUT=ghl-benchmarks/target/bench-results

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -pl ghl-benchmarks -am package -DskipTests
fi
mkdir -p "$OUT"
{
  echo "date:   $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "nproc:  $(nproc)"
  echo "java:   $(java -version 2>&1 | tr '\n' ' ')"
  echo "client: git $(git rev-parse --short HEAD 2>/dev/null || echo '?') with $(git status --short -- ghl-client-ext ghl-api-generated spec 2>/dev/null | wc -l) uncommitted file(s) in spec/generated/client-ext"
  echo "before: $(uptime)"
} > "$OUT/machine.txt"

# 1+2. per-call overhead and pagination (JMH, with the allocation profiler)
java -jar "$JAR" -f "${FORKS:-1}" -wi "${WI:-3}" -w "${W:-2s}" -i "${I:-5}" -r "${R:-2s}" \
  -prof gc -rf json -rff "$OUT/jmh-result.json" 2>&1 | tee "$OUT/jmh.txt"
echo "after JMH: $(uptime)" >> "$OUT/machine.txt"

# 1b. the same per-call comparison, each client interleaved call by call with the baseline (robust
# to changing load), one client per JVM as an application has it; then all of them in one JVM
for n in $(seq 1 "${INTERLEAVED_RUNS:-3}"); do
  for variant in facade feign; do
    java -cp "$JAR" dev.pitkit.ghl.benchmarks.InterleavedComparison "${INTERLEAVED_ROUNDS:-10000}" 3000 "$variant"
  done
done 2>&1 | tee "$OUT/interleaved.txt"
java -cp "$JAR" dev.pitkit.ghl.benchmarks.InterleavedComparison "${INTERLEAVED_ROUNDS:-10000}" 3000 2>&1 \
  | tee "$OUT/interleaved-all.txt"

# 2b. the same pagination comparison, walks interleaved, in a 64 MB heap
java -Xmx64m -cp "$JAR" dev.pitkit.ghl.benchmarks.InterleavedPagination "${INTERLEAVED_WALKS:-15}" 1000 2>&1 \
  | tee "$OUT/interleaved-pagination.txt"

# 2c. the per-call cost of the Micrometer metrics and observations (ghl-micrometer), interleaved
for transport in canned server; do
  java -cp "$JAR" dev.pitkit.ghl.benchmarks.InterleavedMetrics 20000 5000 "$transport"
done 2>&1 | tee "$OUT/interleaved-metrics.txt"

# 3. rate-limited throughput through the facade's default limiter: warm client, then cold client
java -cp "$JAR" dev.pitkit.ghl.benchmarks.RateLimitedThroughput "${RL_SECONDS:-30}" "${RL_THREADS:-16}" warm 2>/dev/null \
  | tee "$OUT/throughput.txt"
java -cp "$JAR" dev.pitkit.ghl.benchmarks.RateLimitedThroughput "${RL_SECONDS:-30}" "${RL_THREADS:-16}" cold 2>/dev/null \
  | tee -a "$OUT/throughput.txt"

# 3b. several JVMs on one budget: a limiter per JVM vs the shared RedisRateLimiter (needs redis-server)
if command -v redis-server >/dev/null 2>&1; then
  java -cp "$JAR" dev.pitkit.ghl.benchmarks.SharedBudgetThroughput "${SHARED_SECONDS:-60}" 3 8 local,redis 50000 2>/dev/null \
    | tee "$OUT/shared-budget.txt"
fi

# 4. cold start
java -cp "$JAR" dev.pitkit.ghl.benchmarks.ColdStart "${COLD_RUNS:-7}" | tee "$OUT/coldstart.txt"

echo "after:  $(uptime)" >> "$OUT/machine.txt"
java -cp "$JAR" dev.pitkit.ghl.benchmarks.Report "$OUT/jmh-result.json" | tee "$OUT/table.md"
cat "$OUT/machine.txt"
