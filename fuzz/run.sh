#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (FUZZ_SECONDS, default 30) with
# `cargo +nightly fuzz`; any crash fails the script and leaves its input in
# fuzz/artifacts/<target>/. Needs `cargo install cargo-fuzz` once.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is missing: cargo install cargo-fuzz" >&2
  exit 1
fi
for target in $(cargo +nightly fuzz list); do
  echo "==> fuzz $target for ${seconds}s"
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -max_len=4096
done
echo "all fuzz targets ran ${seconds}s without a crash"
