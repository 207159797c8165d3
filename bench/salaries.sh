#!/usr/bin/env bash
# The salary benchmarks (docs/benchmarks.md): the import of the whole aijobs.net index, and the explorer's
# percentiles over 1,000,000 salary records, against a PostgreSQL server.
#
#   bench/salaries.sh import [rounds]        import the 74,301-row index into empty tables, rounds times (5)
#   bench/salaries.sh percentiles [rounds]   fill up to 1,000,000 records (once) and time the explorer (20)
#
# Needs a PostgreSQL server: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
# PGPASSWORD if it asks for one. It uses the databases slope_salaries_import and slope_salaries_1m.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:?"usage: bench/salaries.sh import|percentiles [rounds]"}
rounds=${2:-}
host=${BENCH_PGHOST:-127.0.0.1}
port=${BENCH_PGPORT:-5432}
user=${BENCH_PGUSER:-postgres}
if [ "$mode" = import ]; then db=slope_salaries_import; rounds=${rounds:-5}; else db=slope_salaries_1m; rounds=${rounds:-20}; fi
data=bench/data
mkdir -p "$data/results"

psql=(psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -q)
if ! "${psql[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  "${psql[@]}" -d postgres -c "create database $db"
fi
export SLOPE_DB_URL="jdbc:postgresql://$host:$port/$db" SLOPE_DB_USER="$user" SLOPE_DB_PASSWORD="${PGPASSWORD:-}"
export SLOPE_INDEX_DIR="$data/index-salaries" SLOPE_DEMO_DATA=false

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath
classpath="target/test-classes:target/classes:$(cat target/bench-classpath)"
out="$data/results/salaries-$mode-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(psql -h "$host" -p "$port" -U "$user" -d postgres -tAc 'show server_version')"
  if [ "$mode" = import ]; then
    java -cp "$classpath" ai.slope.salaries.SalaryBenchmark import "$rounds" 2>&1 | grep -v -E "^\s*$|WARN|HHH|HSEARCH" || true
  else
    echo "## cold: every answer computed by PostgreSQL"
    java -DstatsCache=0 -cp "$classpath" ai.slope.salaries.SalaryBenchmark percentiles "$rounds" 2>&1 | grep -v -E "^\s*$|WARN|HHH|HSEARCH|INFO" || true
    echo "## warm: as Slope runs by default (answers kept for the minute)"
    java -DstatsCache=2000 -cp "$classpath" ai.slope.salaries.SalaryBenchmark percentiles "$rounds" 2>&1 | grep -v -E "^\s*$|WARN|HHH|HSEARCH|INFO" || true
  fi
} | tee "$out"
echo "Results in $out"
