#!/usr/bin/env bash
# The load benchmark (docs/benchmarks.md, "Under load"): Slope from the jar on the database of bench/run.sh (N postings
# and the demo data), then wrk at BENCH_CONNECTIONS (32) connections for BENCH_DURATION (30) seconds on each of:
# the search API and the search page with the queries of bench/queries.txt, a mix of job pages, the home page, a
# role page, the salary explorer and the candidate search API as the demo recruiter; then the search page at 64
# connections for 60 s (BENCH_STRESS=0 leaves it out). Each run reports requests/s, p50, p99, errors, the JVM's CPU
# time per request and the load average; at the end, the heap after a full GC. Needs wrk (Debian's package).
#
#   bench/load.sh 100000                 prepare (when the database is missing) and measure
#   BENCH_ONLY="home page" bench/load.sh 100000
#
# The JIT compiler needs minutes of traffic before a page costs what it costs a server that has been running for a
# while (throughput still doubled between the first and the third minute of load): each mix gets BENCH_WARMUP_ALL
# (20) seconds of load first, then BENCH_WARMUP (5) seconds again right before it is measured; BENCH_JAVA_OPTS for the JVM (e.g. -Xmx512m);
# BENCH_COUNT_CACHE=0 switches the count cache off, BENCH_RESULT_CACHE=0 the kept search results (Slope keeps them
# by default; the query mix repeats its queries, so with them on most searches are answered from what was kept); BENCH_JAR measures another build of Slope. Results in bench/data/results/load-N.md.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:?"usage: bench/load.sh N"}
db="slope_bench_$n"
app_port=${BENCH_APP_PORT:-8081}
index="bench/data/index-$n"
connections=${BENCH_CONNECTIONS:-32}
duration=${BENCH_DURATION:-30}
warmup=${BENCH_WARMUP:-5}
warmup_all=${BENCH_WARMUP_ALL:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
. bench/common.sh

if ! "${psql[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  BENCH_SQL_FULLTEXT=false bench/run.sh "$n" prepare
fi

base="http://127.0.0.1:$app_port"
scripts="$data/load-$n"
mkdir -p "$scripts"
results="$data/results/load-$n.md"
cache=()
if [ -n "${BENCH_COUNT_CACHE:-}" ]; then cache=(--slope.search.count-cache-size="$BENCH_COUNT_CACHE"); fi
if [ -n "${BENCH_RESULT_CACHE:-}" ]; then cache+=(--slope.search.result-cache-size="$BENCH_RESULT_CACHE"); fi

# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$app_port" "${cache[@]}" >>"$data/app-load-$n.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true' EXIT
until curl -sf "$base/readyz" | grep -q UP; do
  kill -0 $app_pid 2>/dev/null || { echo "Slope stopped; see $data/app-load-$n.log"; exit 1; }
  sleep 1
done

# The request mixes, as wrk scripts that go round their list of requests (each wrk thread from its own start)
python3 - "$base" "$scripts" <<'EOF'
import json, sys, urllib.parse, urllib.request
base, out = sys.argv[1], sys.argv[2]
queries = [line.strip() for line in open("bench/queries.txt", encoding="utf-8")
           if line.strip() and not line.startswith("#")]
queries = ["" if q == "(none)" else q for q in queries]
def quote(path):
    return urllib.parse.quote(path, safe="/?&=%+-_.~")
jobs = []
for page in range(1, 6):
    with urllib.request.urlopen(f"{base}/api/v1/jobs?size=40&page={page}&sort=newest") as answer:
        jobs += [quote(item["url"]) for item in json.load(answer)["items"]]
candidates = [line.strip() for line in open("bench/candidate-queries.txt", encoding="utf-8")
              if line.strip() and not line.startswith("#")]
def lua_list(values):
    return "{" + ",".join(json.dumps(v) for v in values) + "}"
def write(name, paths, method="GET", bodies=None):
    with open(f"{out}/{name}.lua", "w", encoding="utf-8") as lua:
        lua.write(f"local paths = {lua_list(paths)}\n")
        lua.write(f"local bodies = {lua_list(bodies or [])}\n")
        lua.write("local i = 0\n")
        lua.write("function init(args) i = math.random(#paths) end\n")
        lua.write("function request()\n  i = i % #paths + 1\n")
        if bodies:
            # wrk.format takes the headers given or wrk's own (-H), not both: the session cookie must be copied
            lua.write('  local headers = {}\n  for k, v in pairs(wrk.headers) do headers[k] = v end\n')
            lua.write('  headers["Content-Type"] = "application/json"\n  headers["Accept"] = "application/json"\n')
            lua.write('  return wrk.format("POST", paths[i], headers, bodies[i])\n')
        else:
            lua.write(f'  return wrk.format("{method}", paths[i])\n')
        lua.write("end\n")
write("search-api", ["/api/v1/jobs?" + q for q in queries])
write("search-page", ["/jobs?" + q for q in queries])
write("job-pages", jobs)
write("home-page", ["/"])
write("role-page", ["/roles/research-scientist"])
write("salary-explorer", ["/salaries", "/salaries?role=ml-engineer", "/salaries?role=research-scientist&country=US",
                          "/salaries?experience=SE", "/salaries?role=data-engineer&from=2023&to=2025"])
def candidate_json(query):
    # as CandidateBenchmark.json (keep its LISTS and this set alike): repeated parameters become arrays, the skill
    # lists stay comma-separated text
    lists = {"role", "seniority", "country", "link", "achievement"}
    values = urllib.parse.parse_qs(query)
    return json.dumps({name: (vals if name in lists else vals[0]) for name, vals in values.items()})
write("candidate-api", ["/api/v1/candidates/search"] * len(candidates), "POST",
      [candidate_json("" if c == "(none)" else c) for c in candidates])
EOF

# the demo recruiter's session, for the candidate search
jar_cookies="$scripts/cookies.txt"
rm -f "$jar_cookies"
csrf=$(curl -s -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{redirect_url}' "$base/login" \
  --data-urlencode "username=recruiter@demo.slope.example" --data-urlencode "password=slope-demo-recruiter" \
  --data-urlencode "_csrf=$csrf" | grep -vq error || { echo "Could not log in as the demo recruiter"; exit 1; }
session=$(awk '$6 == "SESSION" || $6 == "JSESSIONID" { print $6 "=" $7 }' "$jar_cookies" | tail -1)

{
  echo "# Load: $n postings, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, ${BENCH_JAVA_OPTS:-no JVM options}"
  echo
  echo "| what | connections | seconds | requests/s | p50 ms | p99 ms | errors | CPU ms per request | load average (1 min) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >"$results"

# The JVM's CPU time so far (user and system, in clock ticks): divided by the requests answered, what a request costs
# the server whatever else the machine is doing (requests/s on a shared machine depend on the neighbours)
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$app_pid/stat"
}

# wrk's answer in one table row: requests/s, p50, p99 (in ms) and the errors (socket errors and non-2xx/3xx)
run() {
  local name=$1 script=$2 conns=$3 seconds=$4
  shift 4
  if [ -n "${BENCH_ONLY:-}" ] && [ "$BENCH_ONLY" != "$name" ]; then return; fi
  if [ "$warmup" != 0 ]; then
    wrk -t2 -c"$conns" -d"${warmup}s" -s "$scripts/$script.lua" "$@" "$base" >/dev/null
  fi
  local out cpu_before cpu_after
  cpu_before=$(cpu_ticks)
  out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency --timeout 2s -s "$scripts/$script.lua" "$@" "$base")
  cpu_after=$(cpu_ticks)
  echo "$out" >"$scripts/wrk-${script}-${conns}.txt"
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  python3 - "$name" "$conns" "$seconds" "$load" "$out" "$((cpu_after - cpu_before))" "$(getconf CLK_TCK)" >>"$results" <<'EOF'
import re, sys
name, conns, seconds, load, out, ticks, tick_rate = sys.argv[1:]
def ms(text):
    found = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    if not found:
        return float("nan")
    value, unit = found.groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1))
errors = 0
socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
if socket:
    errors += sum(int(g) for g in socket.groups())
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
if non2xx:
    errors += int(non2xx.group(1))
requests = int(re.search(r"(\d+) requests in", out).group(1))
cpu = int(ticks) * 1000 / int(tick_rate) / max(requests, 1)
print(f"| {name} | {conns} | {seconds} | {rate:,.0f} | {p50:.1f} | {p99:.1f} | {errors} | {cpu:.2f} | {load} |")
EOF
  tail -1 "$results"
}

echo "Warming up: ${warmup_all} s on each mix"
for script in search-api search-page job-pages home-page role-page salary-explorer; do
  wrk -t2 -c"$connections" -d"${warmup_all}s" -s "$scripts/$script.lua" "$base" >/dev/null
done
wrk -t2 -c"$connections" -d"${warmup_all}s" -s "$scripts/candidate-api.lua" -H "Cookie: $session" "$base" >/dev/null
echo "Measuring (each run ${warmup} s of warm-up, then ${duration} s); results in $results"
run "search API" search-api "$connections" "$duration"
run "search page" search-page "$connections" "$duration"
run "job pages" job-pages "$connections" "$duration"
run "home page" home-page "$connections" "$duration"
run "role page" role-page "$connections" "$duration"
run "salary explorer" salary-explorer "$connections" "$duration"
run "candidate search API (recruiter)" candidate-api "$connections" "$duration" -H "Cookie: $session"
if [ "${BENCH_STRESS:-1}" != 0 ]; then
  run "search page, 64 connections" search-page 64 60
fi

jcmd $app_pid GC.run >/dev/null
heap=$(jcmd $app_pid GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
max=$(jcmd $app_pid VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | grep -o '[0-9]*')
{
  echo
  echo "Heap after a full GC at the end: $((heap / 1024)) MB used (maximum heap $((max / 1024 / 1024)) MB)."
} | tee -a "$results"
stop_app
