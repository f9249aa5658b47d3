#!/usr/bin/env bash
# Benchmark of the head's dashboard with many requests in the database (default 100 000).
#
#   bench/dashboard.sh                       # 100 000 requests, 200 requests per page, 4 clients at once
#   ROWS=300000 REQUESTS=500 CONCURRENCY=8 bench/dashboard.sh
#
# It starts the whole application on its test PostgreSQL (embedded, or TEST_DATABASE_URL), fills an office
# of its own with generated requests (INSERT ... SELECT generate_series), signs its head in over real HTTP
# and measures each dashboard page, sequentially and with several clients at once. The result is printed
# and kept in target/benchmark/dashboard.md.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${ROWS:-100000}"
REQUESTS="${REQUESTS:-200}"
CONCURRENCY="${CONCURRENCY:-4}"
mkdir -p target

./mvnw -q -B test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.rows="$ROWS" -Dbenchmark.requests="$REQUESTS" -Dbenchmark.concurrency="$CONCURRENCY" \
  > target/benchmark.log 2>&1 || { tail -50 target/benchmark.log; exit 1; }
cat target/benchmark/dashboard.md
