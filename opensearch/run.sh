#!/usr/bin/env bash
# A single OpenSearch node for the tests and for running Slope on OpenSearch locally, without Docker.
#   opensearch/run.sh start [folder] [port]   starts it in the background and waits until it answers
#   opensearch/run.sh stop [folder]           stops it (by the process id in <folder>/node.pid)
# folder: where the node keeps its data, logs, pid file and output (default opensearch/target/node);
# port: its HTTP port (default 9200; the transport port is this plus 100).
# OPENSEARCH_HEAP: the node's Java heap (default 512m, enough for the tests; bench/run.sh at 1,000,000 postings
# states the heap it ran with).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command="${1:-}"
folder="$(mkdir -p "${2:-$here/target/node}" && cd "${2:-$here/target/node}" && pwd)"
port="${3:-9200}"
pid_file="$folder/node.pid"

case "$command" in
  start)
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "OpenSearch already runs (process $(cat "$pid_file"))"
      exit 0
    fi
    # the node's classpath, from Maven Central through the Maven wrapper (about 44 MB the first time)
    "$here/../mvnw" -q -f "$here/pom.xml" compile dependency:build-classpath \
      -Dmdep.outputFile="$here/target/classpath.txt"
    heap="${OPENSEARCH_HEAP:-512m}"
    java -Xms"$heap" -Xmx"$heap" -Dlog4j2.shutdownHookEnabled=false \
      -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
      ai.slope.opensearch.OpenSearchNode "$folder" "$port" "$((port + 100))" >"$folder/node.out" 2>&1 &
    echo $! >"$pid_file"
    for _ in $(seq 1 120); do
      if curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        echo "OpenSearch is running at http://127.0.0.1:$port/ (process $(cat "$pid_file"), data in $folder)"
        exit 0
      fi
      if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        echo "OpenSearch stopped while starting; its output:" >&2
        tail -50 "$folder/node.out" >&2
        exit 1
      fi
      sleep 1
    done
    echo "OpenSearch did not answer within 120 s; see $folder/node.out" >&2
    exit 1
    ;;
  stop)
    if [ -f "$pid_file" ]; then
      pid="$(cat "$pid_file")"
      if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 30); do
          kill -0 "$pid" 2>/dev/null || break
          sleep 1
        done
        kill -9 "$pid" 2>/dev/null || true
      fi
      rm -f "$pid_file"
      echo "OpenSearch stopped"
    fi
    ;;
  *)
    echo "usage: $0 start|stop [folder] [port]" >&2
    exit 2
    ;;
esac
