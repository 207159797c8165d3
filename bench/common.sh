# What the benchmark scripts share; they set db (the database's name) and index (the search index folder)
# before sourcing it. Needs a PostgreSQL server: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER
# (postgres), PGPASSWORD if it asks for one. Everything written stays in bench/data/ (git-ignored).
host=${BENCH_PGHOST:-127.0.0.1}
port=${BENCH_PGPORT:-5432}
user=${BENCH_PGUSER:-postgres}
data=bench/data
mkdir -p "$data/results"

export SLOPE_DB_URL="jdbc:postgresql://$host:$port/$db" SLOPE_DB_USER="$user" SLOPE_DB_PASSWORD="${PGPASSWORD:-}"
export SLOPE_INDEX_DIR="$index" SLOPE_DEMO_DATA=false
psql=(psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -q)

# The application jar ($jar) and the classpath of the benchmark classes in the test sources ($classpath).
./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath
classpath="target/test-classes:target/classes:$(cat target/bench-classpath)"
# BENCH_JAR: another build of Slope to measure (two builds compared in one sitting)
jar=${BENCH_JAR:-$(ls target/slope-*.jar | grep -v plain | head -1)}

create_database() {
  if ! "${psql[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    "${psql[@]}" -d postgres -c "create database $db"
  fi
}

stop_app() {
  kill $app_pid
  wait $app_pid 2>/dev/null || true
  trap - EXIT
}
