#!/usr/bin/env bash
# CPU per request: runs the load benchmark paced at RATE and reports the CPU seconds the application process and
# the PostgreSQL backends of DATABASE spent per request in the measured window. Unlike throughput, this figure
# hardly moves when something else shares the machine, so runs on a busy machine still compare; capacity on an
# idle machine is about (cores × 1000) ÷ (application + PostgreSQL + driver ms per request).
#
#   bench/cpu-per-request.sh BASE_URL DATABASE [RATE] [WARMUP] [SECONDS]
#
# The application must listen on BASE_URL's port on this machine (its process is found by that port).
set -euo pipefail
base="${1:?usage: $0 BASE_URL DATABASE [RATE] [WARMUP] [SECONDS]}"
database="${2:?usage: $0 BASE_URL DATABASE [RATE] [WARMUP] [SECONDS]}"
rate="${3:-15}"
warmup="${4:-60}"
seconds="${5:-60}"
port="${base##*:}"
app=$(pgrep -f -- "server.port=${port}" | head -n 1)
[ -n "$app" ] || { echo "no application process with server.port=${port}" >&2; exit 1; }
tick=$(getconf CLK_TCK)

cpu() { # seconds of CPU of one process (user + system)
  awk -v t="$tick" '{ print ($14 + $15) / t }' "/proc/$1/stat" 2>/dev/null || echo 0
}
sample() { # application and PostgreSQL CPU seconds
  local pg=0 pid
  for pid in $(pgrep -f "postgres: .* ${database} " || true); do
    pg=$(echo "$pg + $(cpu "$pid")" | bc)
  done
  echo "$(cpu "$app") $pg"
}

out=$(mktemp)
# The logins take a few seconds before the warm-up starts; the window below starts a little after the warm-up.
( sleep $((warmup + 8)); sample >"$out.start"; sleep "$seconds"; sample >"$out.end" ) &
java "$(dirname "$0")/LoadBenchmark.java" "$base" 50 "$seconds" tsunagu-demo-2025 "$rate" "$warmup" >"$out"
wait
read -r a0 p0 <"$out.start"
read -r a1 p1 <"$out.end"
requests=$(grep -o '[0-9]* requests' "$out" | head -n 1 | cut -d' ' -f1)
cat "$out"
echo
echo "CPU per request over ${requests} requests: application $(echo "scale=1; ($a1 - $a0) * 1000 / $requests" | bc) ms," \
  "PostgreSQL $(echo "scale=1; ($p1 - $p0) * 1000 / $requests" | bc) ms"
rm -f "$out" "$out.start" "$out.end"
