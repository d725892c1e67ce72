#!/usr/bin/env bash
# Posts never-verified credentials to POST /api/v1/verify with wrk and prints the median rate.
# Usage: bench/verify/run.sh POOL.lua [BASE_URL] [WARM_UP_RUNS] [MEASURED_RUNS] [SECONDS]
# POOL.lua comes from make-pool.py. Each run starts where the one before stopped, so no credential
# is posted twice and the server's proof cache never answers; restart the server before reusing a
# pool. The warm-up runs let the JIT compile the JSON-LD and RDFC code paths before measuring.
set -euo pipefail
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 2; }
[ -f "${1:-}" ] || { echo "usage: $0 POOL.lua [BASE_URL] [WARM_UP_RUNS] [MEASURED_RUNS] [SECONDS]" >&2; exit 2; }
pool=$1; base=${2:-http://127.0.0.1:8080}; warm=${3:-6}; runs=${4:-5}; secs=${5:-5}
size=$(grep -c '^  "' "$pool")
offset=0; rates=()
for ((i = 1; i <= warm + runs; i++)); do
  line=$(wrk -t2 -c16 -d"${secs}s" -s "$pool" "$base/api/v1/verify" -- "$offset" | tail -n1)
  n=$(sed -n 's/^requests \([0-9]*\), non-2xx or not valid \([0-9]*\), \([0-9]*\)\/s$/\1/p' <<<"$line")
  bad=$(sed -n 's/^requests \([0-9]*\), non-2xx or not valid \([0-9]*\), .*/\2/p' <<<"$line")
  rate=$(sed -n 's/.*, \([0-9]*\)\/s$/\1/p' <<<"$line")
  [ -n "$n" ] || { echo "wrk gave no result: $line" >&2; exit 2; }
  [ "$bad" = 0 ] || { echo "run $i: $bad answers were not 200 and valid" >&2; exit 1; }
  offset=$((offset + n + 16))
  [ "$offset" -lt "$size" ] || { echo "the pool of $size credentials is used up: make a larger one" >&2; exit 2; }
  if ((i > warm)); then rates+=("$rate"); echo "run $((i - warm)): $rate requests/s ($n requests)"; else echo "warm-up $i: $rate requests/s"; fi
done
sorted=($(printf '%s\n' "${rates[@]}" | sort -n))
echo "median of $runs runs: ${sorted[$((runs / 2))]} requests/s (credentials used: $offset of $size)"
