#!/usr/bin/env bash
# Prints the size of every file the release build ships: raw, gzip -9 and brotli -q 11 bytes,
# and the sum of what the start page loads: every file but the WebAssembly chunks loaded when a
# later page is first opened (scripts/split_wasm.py), the service worker and the install icons.
set -euo pipefail
dist=${1:-dist}
[ -f "$dist/index.html" ] || { echo "size_report: no build in $dist (run make build)" >&2; exit 1; }
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0 first_raw=0 first_gz=0 first_br=0
while IFS= read -r -d '' f; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  printf '%-44s %10d %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  case "${f##*/}" in
    split_*.wasm | chunk_*.wasm | sw.js | icon-*.png) ;;
    *) first_raw=$((first_raw + raw)) first_gz=$((first_gz + gz)) first_br=$((first_br + br)) ;;
  esac
done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.json' -o -name '*.svg' -o -name '*.png' -o -name '*.webmanifest' \) -print0 | sort -z)
printf '%-44s %10d %10d %10d\n' "total" "$total_raw" "$total_gz" "$total_br"
printf '%-44s %10d %10d %10d\n' "first load (start page)" "$first_raw" "$first_gz" "$first_br"
