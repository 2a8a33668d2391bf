#!/usr/bin/env bash
# A read replica on loopback, to see docs/scale-out.md §2 work on one machine: a private
# PostgreSQL primary and a streaming-replication standby made with pg_basebackup, the
# primary migrated by Samla's migrate.js, then reads on the standby as samla_app with
# row-level security, a refused write, and the replication lag. Leaves nothing behind.
#   infra/demo/read-replica-on-loopback.sh      (after `npm run build`; PG_BIN overrides)
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PRIMARY_PORT=${PRIMARY_PORT:-55432}
REPLICA_PORT=${REPLICA_PORT:-55433}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/samla-replica-XXXXXX)
APP_PASSWORD=samla-app-local-only

# PostgreSQL refuses to run as root: run its programs as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
cleanup() {
  as_pg "$BIN/pg_ctl" -D "$WORK/replica" -m immediate stop >/dev/null 2>&1 || true
  as_pg "$BIN/pg_ctl" -D "$WORK/primary" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
say() { printf '\n== %s\n' "$*"; }
sql() { "$BIN/psql" -X -q -At -h 127.0.0.1 "$@"; }

say "primary on 127.0.0.1:$PRIMARY_PORT ($("$BIN/postgres" --version))"
as_pg "$BIN/initdb" -D "$WORK/primary" -U postgres --auth=trust >/dev/null
cat >>"$WORK/primary/postgresql.conf" <<CONF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK'
wal_level = replica
max_wal_senders = 4
CONF
as_pg "$BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w start >/dev/null
sql -p "$PRIMARY_PORT" -U postgres -c "CREATE DATABASE samla"
OWNER_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/samla"
NODE_ENV=production DATABASE_URL="$OWNER_URL" DATABASE_APP_PASSWORD="$APP_PASSWORD" \
  node "$ROOT/apps/api/dist/cli/migrate.js"

say "two kommuner with a plan each, written on the primary"
sql -p "$PRIMARY_PORT" -U postgres -d samla <<'SQL'
INSERT INTO tenants (id, code, name, region_code) VALUES
  ('00000000-0000-4000-8000-000000001287', '1287', 'Trelleborg', '12'),
  ('00000000-0000-4000-8000-000000002023', '2023', 'Malung-Sälen', '20');
INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status) VALUES
  ('00000000-0000-4000-8000-000000001287', gen_random_uuid(), 'Trelleborgs handlingsplan', 'action_plan', 2024, 2027, 'draft'),
  ('00000000-0000-4000-8000-000000002023', gen_random_uuid(), 'Malung-Säléns handlingsplan', 'action_plan', 2024, 2027, 'draft');
SQL

say "standby on 127.0.0.1:$REPLICA_PORT from pg_basebackup -R (streaming replication)"
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/replica" -R -X stream -c fast
cat >>"$WORK/replica/postgresql.conf" <<CONF
port = $REPLICA_PORT
hot_standby = on
hot_standby_feedback = on
CONF
as_pg "$BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w start >/dev/null
until [ -n "$(sql -p "$PRIMARY_PORT" -U postgres -c "SELECT 1 FROM pg_stat_replication WHERE state = 'streaming'")" ]; do sleep 0.1; done
echo "primary sees: $(sql -p "$PRIMARY_PORT" -U postgres -c "SELECT application_name || ' ' || state FROM pg_stat_replication")"
echo "standby in recovery: $(sql -p "$REPLICA_PORT" -U postgres -d samla -c "SELECT pg_is_in_recovery()")"

say "a plan written on the primary now, and how long until the standby has it"
sql -p "$PRIMARY_PORT" -U postgres -d samla -c "INSERT INTO action_plans (tenant_id, id, title, kind, period_from, period_to, status) VALUES ('00000000-0000-4000-8000-000000001287', gen_random_uuid(), 'Trelleborgs nya plan', 'action_plan', 2025, 2028, 'draft')"
start=$(date +%s%N)
until [ "$(sql -p "$REPLICA_PORT" -U postgres -d samla -c "SELECT count(*) FROM action_plans WHERE title = 'Trelleborgs nya plan'")" = 1 ]; do sleep 0.01; done
# An upper bound: each poll starts a psql (a few ms).
echo "visible on the standby after at most $(( ($(date +%s%N) - start) / 1000000 )) ms"

APP="postgres://samla_app:$APP_PASSWORD@127.0.0.1:$REPLICA_PORT/samla"
say "reads on the standby as samla_app (row-level security replicated with the data)"
echo "no tenant set -> plans visible: $("$BIN/psql" -X -q -At "$APP" -c "SELECT count(*) FROM action_plans")"
"$BIN/psql" -X -q -At "$APP" <<'SQL'
BEGIN READ ONLY;
SELECT set_config('app.tenant_id', '00000000-0000-4000-8000-000000001287', true) \g /dev/null
SELECT 'Trelleborg (1287) reads: ' || string_agg(title, ', ' ORDER BY title) FROM action_plans;
COMMIT;
SQL

say "a write on the standby is refused"
"$BIN/psql" -X -q -At "$APP" -c "BEGIN; SELECT set_config('app.tenant_id', '00000000-0000-4000-8000-000000001287', true); UPDATE action_plans SET title = 'x'; COMMIT;" 2>&1 | grep -o 'ERROR:.*' || true

say "the API itself on the standby (serve.js)"
NODE_ENV=production PORT=0 DATABASE_APP_URL="$APP" timeout 20 node "$ROOT/apps/api/dist/cli/serve.js" 2>&1 | grep -E 'Could not start|running on' | head -1 || true
