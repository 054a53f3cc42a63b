#!/usr/bin/env bash
# Online backup of Tsunagu's PostgreSQL database (the application may keep running: pg_dump reads one
# consistent snapshot). Everything is in the database, uploaded documents included; the search index is
# rebuilt at start and needs no backup (docs/operations.md).
#
#   ops/backup-postgres.sh DATABASE [FILE]
#
# Connection: the usual libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass).
# FILE defaults to tsunagu-<database>-<UTC time>.dump (custom format, compressed). Prints the file name.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 DATABASE [FILE]" >&2
  exit 2
fi
database="$1"
file="${2:-tsunagu-${database}-$(date -u +%Y%m%dT%H%M%SZ).dump}"

# Write to a temporary name first: a backup that failed half-way must never look like a good one.
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="${file}.partial" "$database"
# A dump whose table of contents cannot be read is not a backup.
pg_restore --list "${file}.partial" >/dev/null
mv "${file}.partial" "$file"
echo "$file"
