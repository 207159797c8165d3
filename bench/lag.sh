#!/usr/bin/env bash
# Indexing lag with two instances on OpenSearch (docs/benchmarks.md, "Several instances"): instance B is Slope from
# the jar, instance A runs inside ai.slope.IndexingLagBenchmark and commits a stream of posting changes; the figures
# are from each commit on A to B's search API finding it.
#
#   BENCH_BACKEND=opensearch bench/run.sh 1000000 prepare    first: the database and its OpenSearch indexes
#   bench/lag.sh 1000000
#
# Needs the OpenSearch node of bench/run.sh (BENCH_OPENSEARCH_URL, default http://127.0.0.1:9200). BENCH_CHANGES
# (300), BENCH_RATE (changes a second, 5) and BENCH_POLL (ms between B's searches, 50) shape the stream.
# BENCH_KILL=1 starts a third instance, C, and kills it (kill -9) after a third of the changes: every change must
# still reach B, C's share late by the time its agent takes to expire.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?"usage: bench/lag.sh N"}
db="slope_bench_$n"
index="bench/data/index-$n"
. bench/common.sh
export SLOPE_SEARCH_BACKEND=opensearch SLOPE_OPENSEARCH_URL="${BENCH_OPENSEARCH_URL:-http://127.0.0.1:9200}"
export SLOPE_OPENSEARCH_INDEX_PREFIX="bench-$n-"
port=${BENCH_APP_PORT:-8082}

java -jar "$jar" --server.port="$port" >>"$data/app-$n-lag.log" 2>&1 &
app_pid=$!
other_pid=
trap 'kill $app_pid $other_pid 2>/dev/null || true' EXIT
kill_option=()
if [ "${BENCH_KILL:-0}" = 1 ]; then
  java -jar "$jar" --server.port="$((port + 2))" >>"$data/app-$n-lag-c.log" 2>&1 &
  other_pid=$!
  kill_option=(-Dbench.kill.pid="$other_pid")
fi
for p in "$port" ${other_pid:+$((port + 2))}; do
  until curl -fs "http://127.0.0.1:$p/readyz" >/dev/null; do
    kill -0 $app_pid 2>/dev/null || { echo "Slope stopped; see $data/app-$n-lag.log"; exit 1; }
    sleep 2
  done
done
java -cp "$classpath" "${kill_option[@]}" -Dbench.label="$n-opensearch" -Dbench.changes="${BENCH_CHANGES:-300}" \
  -Dbench.rate="${BENCH_RATE:-5}" -Dbench.poll="${BENCH_POLL:-50}" \
  ai.slope.IndexingLagBenchmark "http://127.0.0.1:$port" 2>&1 | grep -v -e DEBUG -e ' INFO ' -e ' WARN ' | tail -8
stop_app
