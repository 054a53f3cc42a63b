#!/usr/bin/env bash
# Restores a backup made by ops/backup-postgres.sh into an EMPTY database (create it first:
# createdb -O tsunagu tsunagu_restored). Refuses a database that already has tables, so a restore never
# mixes two states. All or nothing: one transaction, stops at the first error.
#
#   ops/restore-postgres.sh FILE DATABASE
#
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD as for the backup. Objects are owned by the restoring user:
# run it as the application's database user (or pass --role through PGOPTIONS) so the application can write.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 FILE DATABASE" >&2
  exit 2
fi
file="$1"
database="$2"

tables=$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$database" \
  --command="SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "refusing to restore: database $database already has $tables tables (restore into an empty database)" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$file"
echo "restored $file into $database"
