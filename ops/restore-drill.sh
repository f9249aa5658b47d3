#!/usr/bin/env bash
# Restore drill: proves that last night's kind of backup can be brought back and used.
#
#   1. dumps the database (pg_dump, custom format: what the nightly backup does);
#   2. restores it into a new, empty database on the same server (pg_restore);
#   3. compares the rows of the main tables;
#   4. starts the application jar on the restored database (mail goes nowhere: a restored outbox is never sent);
#   5. signs a staff member in over HTTP, opens a request of their office and its scan (which decrypts only with the
#      right KONSULTASI_CRYPTO_KEY);
#   6. prints DRILL PASSED (exit 0) or what failed (exit 1), stops the application and drops the drill database.
#
# Against a real installation (a staff account that may open personal data: the secretariat or the head):
#   PGHOST=db.example PGUSER=konsultasi PGPASSWORD=... SOURCE_DB=konsultasi \
#   KONSULTASI_CRYPTO_KEY=... DRILL_USER=sekretariat.buton DRILL_PASSWORD=... ops/restore-drill.sh
#
# On a developer's machine, without any installation (PostgreSQL binaries from Debian's postgresql package, the jar
# from ./mvnw -DskipTests package): LOCAL=1 ops/restore-drill.sh starts a scratch PostgreSQL in target/drill,
# fills a source database with the demo data and one request with a scan sent through the public form, then drills.
set -euo pipefail

cd "$(dirname "$0")/.."
WORK=${WORK:-target/drill}
PG_DATA=
SOURCE_DB=${SOURCE_DB:-konsultasi}
DRILL_DB=${DRILL_DB:-${SOURCE_DB}_drill_$(date +%Y%m%d%H%M%S)}
PORT=${DRILL_PORT:-18181}
JAR=${JAR:-$(ls target/layanan-konsultasi-*.jar 2>/dev/null | grep -v plain | head -n 1)}
KEEP=${KEEP:-0}
mkdir -p "$WORK"
APP_PID=
PG_STARTED=

# PostgreSQL refuses to run as root: then the scratch server runs as the user postgres (Debian's package makes it)
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
say() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { say "DRILL FAILED: $*"; exit 1; }
cleanup() {
    if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    if [[ "$KEEP" != 1 ]] && psql -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$DRILL_DB'" 2>/dev/null | grep -q 1; then
        dropdb "$DRILL_DB" || true
    fi
    if [[ -n "$PG_STARTED" ]]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop > /dev/null || true; rm -rf "$PG_DATA"; fi
}
trap cleanup EXIT

[[ -f "$JAR" ]] || fail "no jar (build it: ./mvnw -DskipTests package, or set JAR)"

# Starts the jar on a database and waits until it is ready; its output goes to $WORK/<name>.log.
start_app() { # name database [extra arguments]
    local name=$1 db=$2; shift 2
    java -Xmx512m -jar "$JAR" --server.port="$PORT" \
        --spring.datasource.url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$db" \
        --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" \
        --spring.mail.host=127.0.0.1 --spring.mail.port=9 "$@" > "$WORK/$name.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 180); do
        if curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null; then return 0; fi
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/$name.log"; fail "the application did not start ($WORK/$name.log)"; }
        sleep 1
    done
    fail "the application was not ready after 180 s ($WORK/$name.log)"
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/'; }

if [[ "${LOCAL:-0}" == 1 ]]; then
    PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
    export PGHOST=localhost PGPORT=${PGPORT:-55432} PGUSER=konsultasi PGPASSWORD=konsultasi
    PG_DATA=$(mktemp -d /tmp/konsultasi-drill-pg.XXXXXX)
    if [[ $(id -u) == 0 ]]; then chown postgres "$PG_DATA"; fi
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U konsultasi --auth=trust -E UTF8 > "$WORK/initdb.log"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $PGPORT -k /tmp" -l "$PG_DATA/postgres.log" -w start > /dev/null
    PG_STARTED=1
    createdb "$SOURCE_DB"
    say "source: a scratch PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PGPORT, demo data"
    DEMO_KEY=ZGVtby1rZXktbGF5YW5hbi1rb25zdWx0YXNpLTMyYnk= # the demo profile's public key
    KONSULTASI_CRYPTO_KEY=$DEMO_KEY start_app source "$SOURCE_DB" --spring.profiles.active=demo
    # one request with an ID scan, sent through the public form as a citizen does
    jar="$WORK/citizen.cookies"; rm -f "$jar"
    page=$(curl -fs -c "$jar" -b "$jar" "http://localhost:$PORT/kantor/buton/ajukan")
    printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' > "$WORK/ktp.pdf"
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "http://localhost:$PORT/kantor/buton/ajukan" \
        -F "_csrf=$(field _csrf <<< "$page")" -F "formKey=$(field formKey <<< "$page")" -F applicantType=PERSON \
        -F "name=Pemohon Latihan Pemulihan" -F "nik=7404015708900003" -F "phone=085257048204" \
        -F "email=latihan@contoh.id" -F "address=Jalan Latihan 1" -F "topic=Latihan pemulihan cadangan" \
        -F "purpose=Memastikan cadangan dapat dipulihkan" -F preferredMode=IN_PERSON -F consent=true \
        -F "idScan=@$WORK/ktp.pdf;type=application/pdf;filename=ktp.pdf")
    [[ "$status" == 302 ]] || fail "the source request was not accepted (HTTP $status)"
    stop_app
    KONSULTASI_CRYPTO_KEY=${KONSULTASI_CRYPTO_KEY:-$DEMO_KEY} # another key here makes the drill fail, as it must
    DRILL_USER=${DRILL_USER:-sekretariat.buton} DRILL_PASSWORD=${DRILL_PASSWORD:-konsultasi-demo}
fi
: "${PGUSER:?set PGUSER (and PGHOST, PGPORT, PGPASSWORD) for the database server}"
: "${KONSULTASI_CRYPTO_KEY:?set KONSULTASI_CRYPTO_KEY: the key of the installation whose backup is drilled}"
: "${DRILL_USER:?set DRILL_USER and DRILL_PASSWORD: a staff account that may open personal data}"
export KONSULTASI_CRYPTO_KEY

say "pg_dump $(pg_dump --version | awk '{print $3}'), server $(psql -d "$SOURCE_DB" -Atqc 'SHOW server_version')"
started=$(date +%s)
pg_dump -Fc -d "$SOURCE_DB" -f "$WORK/backup.dump"
say "1. dumped $SOURCE_DB: $(du -h "$WORK/backup.dump" | cut -f1) in $(( $(date +%s) - started )) s ($WORK/backup.dump)"

started=$(date +%s)
createdb "$DRILL_DB"
pg_restore --no-owner --exit-on-error -d "$DRILL_DB" "$WORK/backup.dump"
say "2. restored into the new database $DRILL_DB in $(( $(date +%s) - started )) s"

counts=
for table in office staff_user consultation_request request_document request_document_content outbox_mail flyway_schema_history; do
    a=$(psql -d "$SOURCE_DB" -Atqc "SELECT count(*) FROM $table")
    b=$(psql -d "$DRILL_DB" -Atqc "SELECT count(*) FROM $table")
    [[ "$a" == "$b" ]] || fail "$table: $a rows in $SOURCE_DB, $b restored"
    counts+="$table $b, "
done
say "3. the same rows: ${counts%, }"

started=$(date +%s)
start_app drill "$DRILL_DB"
say "4. the application started on $DRILL_DB and is ready in $(( $(date +%s) - started )) s (mail disabled)"

jar="$WORK/staff.cookies"; rm -f "$jar"
login=$(curl -fs -c "$jar" -b "$jar" "http://localhost:$PORT/masuk")
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "http://localhost:$PORT/masuk" \
    --data-urlencode "username=$DRILL_USER" --data-urlencode "password=$DRILL_PASSWORD" \
    --data-urlencode "_csrf=$(field _csrf <<< "$login")")
[[ -n "$location" && "$location" != *gagal* && "$location" != */masuk* ]] || fail "signing in as $DRILL_USER (led to '$location')"
say "5. signed in as $DRILL_USER"

read -r request document receipt < <(psql -d "$DRILL_DB" -AtqF ' ' -c "
    SELECT r.id, d.id, r.receipt_number FROM request_document d
    JOIN consultation_request r ON r.id = d.request_id
    JOIN staff_user u ON u.office_id = r.office_id AND u.username = '$DRILL_USER'
    WHERE d.purged_at IS NULL ORDER BY d.uploaded_at DESC LIMIT 1") || fail "no request with a scan in $DRILL_USER's office"
page=$(curl -fs -b "$jar" "http://localhost:$PORT/staf/permohonan/$request") || fail "the page of request $request"
grep -qF "$receipt" <<< "$page" || fail "the page of request $request does not show its receipt $receipt"
curl -fs -b "$jar" -o "$WORK/scan" -D "$WORK/scan.headers" "http://localhost:$PORT/staf/permohonan/$request/dokumen/$document" \
    || fail "the scan $document of request $request"
type=$(grep -i '^content-type:' "$WORK/scan.headers" | tr -d '\r' | cut -d' ' -f2-)
expected=$(psql -d "$DRILL_DB" -Atqc "SELECT sha256 FROM request_document WHERE id = $document")
actual=$(sha256sum "$WORK/scan" | cut -d' ' -f1)
[[ "$actual" == "$expected" ]] || fail "the scan opened does not match the one uploaded (a wrong KONSULTASI_CRYPTO_KEY?)"
say "6. opened request $receipt and its scan: $(stat -c %s "$WORK/scan") bytes, $type, SHA-256 as uploaded"
say "DRILL PASSED: $SOURCE_DB dumped, restored into $DRILL_DB and served by the application"
