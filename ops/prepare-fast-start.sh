#!/usr/bin/env bash
# Prepares a faster start of the application (Spring Boot's recipe, docs/operations.md "Start-up time"): the jar
# is extracted into DIR and started once until its context is refreshed, which records the classes it loads into
# a cache that later starts map instead of loading, verifying and linking them again:
#   - JDK 25 or newer: an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles),
#   - JDK 17 to 24: a class-data-sharing archive (AppCDS, -XX:ArchiveClassesAtExit).
# Writes the extracted jar (DIR/<jar name>) with DIR/lib/, the cache, and DIR/start.sh, which starts the application with it.
#
#   ops/prepare-fast-start.sh APP_JAR DIR [APPLICATION ARGUMENTS...]
#
# Give the training run the arguments (profiles) and environment (TSUNAGU_DB_URL, TSUNAGU_IDENTITY_SECRET_KEY,
# ...) of the real start: it starts the application against that database as far as the end of its
# start-up (Flyway applies pending migrations, as the real start would), then exits. Run it again after every
# new jar and every Java update: the cache belongs to one jar and one JVM. Start with DIR/start.sh, the
# same arguments after it. A start whose cache does not fit (other JVM, other jar) runs normally, only slower.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 APP_JAR DIR [APPLICATION ARGUMENTS...]" >&2
  exit 2
fi
jar="$1"
dir="$2"
shift 2
if [ ! -f "$jar" ]; then
  echo "no jar at $jar" >&2
  exit 1
fi
java=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
feature="${feature#1.}"

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
app="$dir/$(basename "$jar")"
rm -rf "$dir/lib" "$app" "$dir/tsunagu.aot" "$dir/tsunagu.jsa" "$dir/start.sh"
"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$dir" >/dev/null

if [ "$feature" -ge 25 ]; then
  cache="$dir/tsunagu.aot"
  record=(-XX:AOTCacheOutput="$cache")
  use="-XX:AOTCache=$cache"
else
  cache="$dir/tsunagu.jsa"
  record=(-XX:ArchiveClassesAtExit="$cache")
  use="-XX:SharedArchiveFile=$cache"
fi
# The training run: the application starts and exits once its context is refreshed (no requests served).
"$java" "${record[@]}" -Dspring.context.exit=onRefresh -jar "$app" "$@" >"$dir/training.log" 2>&1 || {
  echo "the training run failed; see $dir/training.log" >&2
  exit 1
}
if [ ! -f "$cache" ]; then
  echo "the training run wrote no cache; see $dir/training.log" >&2
  exit 1
fi
cat >"$dir/start.sh" <<EOF
#!/usr/bin/env bash
# Written by ops/prepare-fast-start.sh for Java $feature ($java): starts Tsunagu with its start-up cache.
# JVM options (e.g. -Xmx512m) go in JAVA_OPTS; application arguments after the script name.
exec "$java" $use \${JAVA_OPTS:-} -jar "$app" "\$@"
EOF
chmod +x "$dir/start.sh"
echo "$dir/start.sh"
