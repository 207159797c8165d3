#!/usr/bin/env bash
# The start-up benchmark (docs/benchmarks.md, "Start-up"): the time from `java -jar` to ready (/readyz answers
# UP) as the run command starts Slope, with an embedded PostgreSQL data folder and a search index that already hold
# bench/run.sh's N postings; BENCH_STARTS (5) starts without and with a class data sharing (CDS) archive of the jar.
#
#   bench/startup.sh 100000
#   BENCH_JAR=/tmp/slope-before.jar bench/startup.sh 100000     another build, on the same data folder
#
# The data folder (bench/data/embedded-N) is made once: Slope creates the schema in a new embedded server, the
# rows of bench/run.sh's database are copied into it (ids included), and so is bench/run.sh's index of them. Needs bench/run.sh's
# PostgreSQL (BENCH_PGHOST…) for that copy. Results in bench/data/results/startup-N.md.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?"usage: bench/startup.sh N"}
db="slope_bench_$n"
app_port=${BENCH_APP_PORT:-8083}
index="bench/data/index-$n"
. bench/common.sh
starts=${BENCH_STARTS:-5}
folder="$data/embedded-$n"
embedded_port=${BENCH_EMBEDDED_PORT:-15499}
results="$data/results/startup-$n.md"

# As the run command starts Slope, but on the folder of this benchmark
unset SLOPE_DB_URL SLOPE_DB_USER SLOPE_DB_PASSWORD
export SLOPE_EMBEDDED_DB_DIR="$folder/postgres" SLOPE_INDEX_DIR="$folder/index" SLOPE_EMBEDDED_DB_PORT=$embedded_port

# Starts Slope with the given JVM options, waits for /readyz and sets ready_ms to the milliseconds it took
start_app() {
  local begin
  begin=$(date +%s%N)
  java "$@" -jar "$jar_to_run" --server.port="$app_port" >>"$data/app-startup-$n.log" 2>&1 &
  app_pid=$!
  trap 'kill $app_pid 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$app_port/readyz" 2>/dev/null | grep -q UP; do
    kill -0 $app_pid 2>/dev/null || { echo "Slope stopped; see $data/app-startup-$n.log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$((($(date +%s%N) - begin) / 1000000))
}

jar_to_run=$jar
if [ ! -f "$folder/ready" ]; then
  if ! "${psql[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    BENCH_SQL_FULLTEXT=false bench/run.sh "$n" prepare
  fi
  rm -rf "$folder"
  echo "Copying the $n postings of $db into a new embedded PostgreSQL in $folder"
  start_app
  tables=$("${psql[@]}" -d "$db" -tAc "select string_agg(quote_ident(tablename), ', ') from pg_tables
    where schemaname = 'public' and tablename <> 'flyway_schema_history'")
  embedded=(psql -h 127.0.0.1 -p "$embedded_port" -U postgres -d slope -v ON_ERROR_STOP=1 -q)
  { echo "set session_replication_role = replica; truncate $tables;"
    pg_dump -h "$host" -p "$port" -U "$user" -d "$db" --data-only --exclude-table=flyway_schema_history \
      --exclude-table='spring_session*'; } | "${embedded[@]}" >/dev/null
  stop_app
  # the same rows as bench/run.sh's database, ids included: its index is this database's index
  rm -rf "$folder/index"
  cp -r "$index" "$folder/index"
  touch "$folder/ready"
fi

# The archive: Spring Boot's extracted jar, and a training run that stops once the context is refreshed
extracted="$data/extracted"
rm -rf "$extracted"
java -Djarmode=tools -jar "$jar" extract --destination "$extracted" >/dev/null
cds_jar="$extracted/$(basename "$jar")"
jar_to_run=$cds_jar
java -XX:ArchiveClassesAtExit="$extracted/slope.jsa" -Dspring.context.exit=onRefresh -jar "$cds_jar" \
  --server.port="$app_port" >>"$data/app-startup-$n.log" 2>&1

{
  echo "# Start-up: $n postings in place, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  echo
  echo "| start | ms to ready, without CDS | ms to ready, with CDS | load average (1 min) |"
  echo "| --- | --- | --- | --- |"
} >"$results"
for i in $(seq 1 "$starts"); do
  jar_to_run=$jar
  start_app
  plain=$ready_ms
  stop_app
  jar_to_run=$cds_jar
  start_app -XX:SharedArchiveFile="$extracted/slope.jsa"
  shared=$ready_ms
  stop_app
  echo "| $i | $plain | $shared | $(cut -d' ' -f1 /proc/loadavg) |" | tee -a "$results"
done
python3 - "$results" <<'EOF'
import statistics, sys
rows = [line.split("|") for line in open(sys.argv[1]) if line.startswith("| ") and line[2].isdigit()]
plain = [int(r[2]) for r in rows]
shared = [int(r[3]) for r in rows]
line = (f"\nMedian: {statistics.median(plain):.0f} ms without CDS, {statistics.median(shared):.0f} ms with CDS "
        f"({statistics.median(shared) / statistics.median(plain):.2f} of the time).")
print(line)
open(sys.argv[1], "a").write(line + "\n")
EOF
