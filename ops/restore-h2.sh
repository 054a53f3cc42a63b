#!/usr/bin/env bash
# Restores a backup made by ops/backup-h2.sh into a NEW H2 database (refuses an existing one). Stop the
# application, restore, then point it at the restored database (or move the files to ./data/tsunagu.mv.db).
#
#   ops/restore-h2.sh APP_JAR FILE DATABASE_PATH
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 APP_JAR FILE DATABASE_PATH" >&2
  exit 2
fi
jar="$1"
file="$2"
database="$3"
user="${TSUNAGU_H2_USER:-sa}"
password="${TSUNAGU_H2_PASSWORD:-}"

if [ -e "${database}.mv.db" ]; then
  echo "refusing to restore: ${database}.mv.db exists (restore into a new database)" >&2
  exit 1
fi
url="jdbc:h2:file:${database};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
java -cp "$jar" -Dloader.main=org.h2.tools.RunScript org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "$url" -user "$user" -password "$password" -script "$file" -options COMPRESSION ZIP
echo "restored $file into ${database}.mv.db"
