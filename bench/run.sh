#!/usr/bin/env bash
# The search benchmark (docs/benchmarks.md): fills a PostgreSQL database with N postings, starts Slope on
# it, and measures the queries of bench/queries.txt over HTTP, in-process on the index (the floor), and as
# PostgreSQL ILIKE and full-text queries.
#
#   bench/run.sh 100000              prepare and measure
#   bench/run.sh 1000000 prepare     only fill the database and build the search index
#   bench/run.sh 1000000 measure     only measure (after prepare)
#
# Needs a PostgreSQL 17 server: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
# PGPASSWORD if it asks for one. Everything it writes stays in bench/data/ (git-ignored): the index,
# the application's log and the results. BENCH_ROUNDS (20), BENCH_WARMUP (100) and BENCH_SQL_ROUNDS (1)
# set the number of rounds over all queries; BENCH_SQL_QUERIES how many keyword queries go to PostgreSQL
# (at 1,000,000 postings each takes up to a minute; 0 skips them), BENCH_SQL_FULLTEXT=false leaves out the
# full-text queries (minutes each at 1,000,000) and the GIN index they need, BENCH_RUNS=cold measures
# only without the count cache. The app and the floor are measured
# twice: with the count cache as configured (results N-*.md) and without it (N-cold-*.md).
#
# BENCH_BACKEND=opensearch runs Slope and the floor on an OpenSearch node (BENCH_OPENSEARCH_URL, default
# http://127.0.0.1:9200; start one with opensearch/run.sh) instead of the Lucene folder, on the same database:
# the indexes are named bench-N-*, filled from PostgreSQL on the first start (prepare), and the results are
# N-opensearch-*.md and N-opensearch-cold-*.md; its cold run clears the node's caches (_cache/clear) before every
# query, untimed.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?"usage: bench/run.sh N [prepare|measure|all]"}
phase=${2:-all}
db="slope_bench_$n"
app_port=${BENCH_APP_PORT:-8081}
index="bench/data/index-$n"
. bench/common.sh
backend=${BENCH_BACKEND:-lucene}
label_prefix=$n
if [ "$backend" = opensearch ]; then
  export SLOPE_SEARCH_BACKEND=opensearch SLOPE_OPENSEARCH_URL="${BENCH_OPENSEARCH_URL:-http://127.0.0.1:9200}"
  export SLOPE_OPENSEARCH_INDEX_PREFIX="bench-$n-"
  label_prefix=$n-opensearch
fi

published() {
  "${psql[@]}" -d "$db" -tAc "select count(*) from job_posting where status = 'PUBLISHED' and expires_at > now()"
}

start_app() {
  java -jar "$jar" --server.port="$app_port" "$@" >>"$data/app-$n.log" 2>&1 &
  app_pid=$!
  trap 'kill $app_pid 2>/dev/null || true' EXIT
  local want
  want=$(published)
  echo "Waiting for Slope on port $app_port to index $want live postings (log: $data/app-$n.log)"
  local start=$SECONDS
  until [ "$(curl -s "http://127.0.0.1:$app_port/api/v1/jobs?size=1" | grep -o '"total":[0-9]*' | head -1)" = "\"total\":$want" ]; do
    kill -0 $app_pid 2>/dev/null || { echo "Slope stopped; see $data/app-$n.log"; exit 1; }
    sleep 5
  done
  echo "Ready after $((SECONDS - start)) s"
}

if [ "$phase" = prepare ] || [ "$phase" = all ]; then
  if [ "$backend" = lucene ] || [ "$(published 2>/dev/null || echo 0)" = 0 ]; then
    create_database
    start=$SECONDS
    java -cp "$classpath" ai.slope.demo.BenchmarkData "$n" 2>&1 | grep -v DEBUG | tail -5
    echo "Generated in $((SECONDS - start)) s"
  fi
  if [ "$backend" = lucene ] && [ "${BENCH_SQL_FULLTEXT:-true}" != false ]; then
    start=$SECONDS
    # for the record only: the GIN index the full-text comparison uses; Slope itself never needs it
    "${psql[@]}" -d "$db" -c "create or replace function bench_document(title text, skills text[], description text)
      returns tsvector language sql immutable parallel safe
      as \$\$ select to_tsvector('simple', title || ' ' || array_to_string(skills, ' ') || ' ' || description) \$\$" \
      -c "set maintenance_work_mem = '1GB'" \
      -c "create index if not exists job_posting_bench_fts on job_posting using gin (bench_document(title, skills, description))"
    echo "Full-text index built in $((SECONDS - start)) s"
  fi
  start_app
  grep -o "Search index rebuilt in [0-9]* s" "$data/app-$n.log" | tail -1 || true
  stop_app
fi

if [ "$phase" = measure ] || [ "$phase" = all ]; then
  # 100 rounds of warm-up (3,400 requests): fewer leave the server's JIT compiler half done, and a request then
  # costs several times what it costs a server that has been running for a while (docs/benchmarks.md)
  rounds=(-Dbench.warmup="${BENCH_WARMUP:-100}" -Dbench.rounds="${BENCH_ROUNDS:-20}")
  # twice: as configured (counts of a search kept for the minute, while the index is unchanged), and with
  # that cache off, so that every search counts anew
  for run in ${BENCH_RUNS:-warm cold}; do
    # the kept search results stay off in both: the rounds repeat the same queries, which would then measure the
    # cache, not the search (bench/load.sh measures Slope as it runs, with them)
    label=$label_prefix; cache=(--slope.search.result-cache-size=0)
    clear=()
    if [ $run = cold ]; then label=$label_prefix-cold; cache+=(--slope.search.count-cache-size=0); fi
    # OpenSearch keeps no counts in Slope; its cold is every query without the node's own caches
    if [ $run = cold ] && [ "$backend" = opensearch ]; then clear=(-Dbench.clear="$SLOPE_OPENSEARCH_URL/bench-$n-*/_cache/clear"); fi
    start_app "${cache[@]}"
    java -cp "$classpath" -Dbench.label="$label" "${rounds[@]}" "${clear[@]}" ai.slope.jobs.web.SearchBenchmark http \
      "http://127.0.0.1:$app_port" | head -8
    stop_app
    java -cp "$classpath" -Dbench.label="$label" "${rounds[@]}" "${clear[@]}" ai.slope.jobs.web.SearchBenchmark floor \
      "${cache[@]}" 2>&1 | grep -A6 '^# ' | head -8
  done
  if [ "$backend" = lucene ] && [ "${BENCH_SQL_QUERIES:-100}" != 0 ]; then
    java -cp "$classpath" -Dbench.label="$n" -Dbench.warmup=0 -Dbench.rounds="${BENCH_SQL_ROUNDS:-1}" \
      -Dbench.sql.queries="${BENCH_SQL_QUERIES:-100}" -Dbench.sql.fulltext="${BENCH_SQL_FULLTEXT:-true}" \
      ai.slope.jobs.web.SearchBenchmark sql | head -8
  fi
  echo "Results in $data/results/$label_prefix-*.md; ratios: bench/ratios.py $label_prefix and bench/ratios.py $label_prefix-cold"
fi
