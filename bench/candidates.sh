#!/usr/bin/env bash
# The candidate search benchmark (docs/benchmarks.md): fills a PostgreSQL database with the demo data and N
# discoverable candidates, starts Slope on it (which builds the candidate index), and measures the searches of
# bench/candidate-queries.txt over HTTP (POST /api/v1/candidates/search as the demo recruiter) and in-process.
#
#   bench/candidates.sh 200000              prepare and measure
#   bench/candidates.sh 200000 prepare      only fill the database and build the index
#   bench/candidates.sh 200000 measure      only measure (after prepare)
#
# Needs a PostgreSQL 17 server: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
# PGPASSWORD if it asks for one. Everything it writes stays in bench/data/ (git-ignored). BENCH_WARMUP (50) and
# BENCH_ROUNDS (20) set the rounds over all queries.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?"usage: bench/candidates.sh N [prepare|measure|all]"}
phase=${2:-all}
db="slope_bench_candidates_$n"
app_port=${BENCH_APP_PORT:-8082}
index="bench/data/index-candidates-$n"
. bench/common.sh

start_app() {
  java -jar "$jar" --server.port="$app_port" >>"$data/app-candidates-$n.log" 2>&1 &
  app_pid=$!
  trap 'kill $app_pid 2>/dev/null || true' EXIT
  echo "Waiting for Slope on port $app_port (log: $data/app-candidates-$n.log)"
  local start=$SECONDS
  until curl -sf "http://127.0.0.1:$app_port/actuator/health/readiness" | grep -q UP; do
    kill -0 $app_pid 2>/dev/null || { echo "Slope stopped; see $data/app-candidates-$n.log"; exit 1; }
    sleep 5
  done
  echo "Ready after $((SECONDS - start)) s"
}

if [ "$phase" = prepare ] || [ "$phase" = all ]; then
  create_database
  start=$SECONDS
  java -cp "$classpath" ai.slope.demo.BenchmarkData candidates "$n" 2>&1 | grep -v DEBUG | tail -3
  echo "Generated in $((SECONDS - start)) s"
  start_app
  grep -o "Candidate index rebuilt in [0-9]* s" "$data/app-candidates-$n.log" | tail -1 || true
  stop_app
fi

if [ "$phase" = measure ] || [ "$phase" = all ]; then
  rounds=(-Dbench.warmup="${BENCH_WARMUP:-50}" -Dbench.rounds="${BENCH_ROUNDS:-20}" -Dbench.label="candidates-$n")
  start_app
  java -cp "$classpath" "${rounds[@]}" ai.slope.candidates.web.CandidateBenchmark http "http://127.0.0.1:$app_port" | head -6
  stop_app
  java -cp "$classpath" "${rounds[@]}" ai.slope.candidates.web.CandidateBenchmark floor 2>&1 | grep -A5 '^# ' | head -6
  echo "Results in $data/results/candidates-$n-*.md"
fi
