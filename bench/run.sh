#!/usr/bin/env bash
# The benchmark: the pages of the issue's table with 1 000, 100 000 and 1 000 000 requests in an office.
#
#   bench/run.sh                 # the full run (about 15 minutes on 2 cores)
#   QUICK=1 bench/run.sh         # 1 000 and 100 000 requests, one round of 2 s (2-3 minutes), for development
#
# It builds the jar, starts it as production would (java -Xmx512m -jar) on a PostgreSQL of its own, fills an
# office, measures each page with wrk at 1 and 16 connections and prints the table; it writes it to
# bench/results/<date>-<host>.md. Settings (environment variables, defaults in brackets; see docs/benchmark.md):
#   SIZES (1000,100000,1000000)  ROUNDS (3)  DURATION seconds per measurement (5)  WARMUP seconds (2)
#   CONNECTIONS (1,16)  PORT (18080)  OFFICE (buton)  ALL_PAGES=1 every page at every size
#   VISITORS sessions that open the form before the submissions (200)  APP_JAVA_OPTS (-Xmx512m)
#   SKIP_BUILD=1 measure the jar already in target/   TEST_DATABASE_URL (+ _USERNAME, _PASSWORD) a scratch database
#   PROFILE=cpu or PROFILE=wall: async-profiler (fetched from Maven Central) profiles each page during round 1 at
#   the most connections; the report ends with where the time goes (PROFILER_LIBRARY names another copy)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
mkdir -p target/bench
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/bench/classpath.txt ]; then
  echo "building the jar and the benchmark (log: target/bench/build.log)"
  ./mvnw -B -ntp -q -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt > target/bench/build.log 2>&1 \
    || { tail -50 target/bench/build.log; exit 1; }
fi
if [ -n "${PROFILE:-}" ] && [ -z "${PROFILER_LIBRARY:-}" ] && [ ! -f target/bench/async-profiler/libasyncProfiler.so ]; then
  echo "fetching async-profiler"
  ./mvnw -B -ntp -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.5:jar:linux-x64 \
    -DoutputDirectory=target/bench/async-profiler > target/bench/profiler.log 2>&1 \
    || { tail -20 target/bench/profiler.log; exit 1; }
  (cd target/bench/async-profiler && unzip -o -q -j async-profiler-4.5-linux-x64.jar 'linux-x64/libasyncProfiler.so')
fi
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  id.konsultasi.bench.BenchmarkRun
