#!/usr/bin/env bash
# Two configurations of Slope side by side on a machine that is not quiet (docs/benchmarks.md, "Under load"):
# A runs as Slope runs by default, B with the options in BENCH_B_OPTS (e.g. --slope.search.result-cache-size=0);
# same jar, same database (bench/run.sh's, prepared first), each on its own copy of the index. wrk alternates
# between them, 10 s each, three rounds per mix after 20 s of warm-up each, so both see the same load; each line
# gives requests, rates, p50, p99 and the JVM's CPU ms per request. Compare the CPU per request of A and B.
#
#   BENCH_B_OPTS="--slope.search.result-cache-size=0" bench/ab.sh 100000
#   BENCH_MIXES="search-api home-page" ...   (the wrk scripts that bench/load.sh wrote in bench/data/load-N/)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?"usage: bench/ab.sh N"}
db="slope_bench_$n"
index="bench/data/index-$n"
. bench/common.sh
[ -d "$data/load-$n" ] || { echo "run bench/load.sh $n once first: it writes the request mixes"; exit 1; }
rm -rf "$data/index-$n-b" && cp -r "$index" "$data/index-$n-b"
# shellcheck disable=SC2086
SLOPE_INDEX_DIR="$index" java -jar "$jar" --server.port=8081 >"$data/app-ab-a.log" 2>&1 & a=$!
# shellcheck disable=SC2086
SLOPE_INDEX_DIR="$data/index-$n-b" java -jar "$jar" --server.port=8082 ${BENCH_B_OPTS:-} >"$data/app-ab-b.log" 2>&1 & b=$!
trap 'kill $a $b 2>/dev/null || true' EXIT
for p in 8081 8082; do until curl -sf "http://127.0.0.1:$p/readyz" | grep -q UP; do sleep 1; done; done
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
for mix in ${BENCH_MIXES:-search-api search-page home-page role-page job-pages}; do
  s="$data/load-$n/$mix.lua"
  wrk -t2 -c8 -d20s -s "$s" http://127.0.0.1:8081 >/dev/null
  wrk -t2 -c8 -d20s -s "$s" http://127.0.0.1:8082 >/dev/null
  for round in 1 2 3; do
    for side in A B; do
      if [ $side = A ]; then port=8081; pid=$a; else port=8082; pid=$b; fi
      c0=$(ticks $pid)
      out=$(wrk -t2 -c8 -d10s --latency -s "$s" "http://127.0.0.1:$port")
      c1=$(ticks $pid)
      requests=$(echo "$out" | awk '/requests in/ {print $1}')
      echo "$mix $side round $round: $requests requests, $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s," \
        "p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}')," \
        "cpu ms/req $(python3 -c "print(round(($c1-$c0)*1000/$(getconf CLK_TCK)/max($requests,1),2))"), load $(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
