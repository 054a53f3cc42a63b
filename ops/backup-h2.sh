#!/usr/bin/env bash
# Backup of the embedded H2 database (the default for trying Tsunagu and for small offices). H2 allows one
# process at a time: STOP the application first. Writes a compressed SQL script (SCRIPT ... COMPRESSION ZIP),
# which the same or a newer H2 version reads back with ops/restore-h2.sh.
#
#   ops/backup-h2.sh APP_JAR DATABASE_PATH [FILE]
#
# APP_JAR is the application's jar (it contains the H2 tools); DATABASE_PATH is the database path without
# ".mv.db", e.g. ./data/tsunagu. FILE defaults to tsunagu-h2-<UTC time>.zip. Prints the file name.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 APP_JAR DATABASE_PATH [FILE]" >&2
  exit 2
fi
jar="$1"
database="$2"
file="${3:-tsunagu-h2-$(date -u +%Y%m%dT%H%M%SZ).zip}"
user="${TSUNAGU_H2_USER:-sa}"
password="${TSUNAGU_H2_PASSWORD:-}"

if [ ! -f "${database}.mv.db" ]; then
  echo "no H2 database at ${database}.mv.db" >&2
  exit 1
fi
# IFEXISTS: never create an empty database by a typing mistake. The application's URL options, so the copy
# reads the data exactly as the application wrote it.
url="jdbc:h2:file:${database};IFEXISTS=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
java -cp "$jar" -Dloader.main=org.h2.tools.Script org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "$url" -user "$user" -password "$password" -script "${file}.partial" -options COMPRESSION ZIP
mv "${file}.partial" "$file"
echo "$file"
