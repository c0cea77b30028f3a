#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer harnesses of fuzz/ with clang (ASan + UBSan) in build-fuzz/ and
# runs each for SECONDS (default 60), one after the other, from the seed corpus (fuzz/seeds/ and
# the test fixtures) plus what earlier runs found (build-fuzz/corpus/NAME/).
#   scripts/fuzz.sh [SECONDS] [HARNESS...]      e.g. scripts/fuzz.sh 600 fuzz_style
# Fails on any crash, sanitizer report, leak, timeout (slow input) or out-of-memory; the input
# that did it is left in build-fuzz/artifacts/ (replay: build-fuzz/fuzz/NAME FILE).
# GALLEY_FUZZ_BUILD_DIR picks the build folder; GALLEY_FUZZ_ARGS adds libFuzzer flags.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-60}
shift || true
build=${GALLEY_FUZZ_BUILD_DIR:-build-fuzz}
all=(fuzz_reader fuzz_epub fuzz_sidecar fuzz_manifest fuzz_style fuzz_image)
harnesses=("${@:-${all[@]}}")

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
CC=clang CXX=clang++ cmake -S . -B "$build" -DGALLEY_FUZZ=ON -DGALLEY_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
echo "== building ${harnesses[*]} with clang in $build"
if ! cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]}" >"$build/build.log" 2>&1; then
  tail -40 "$build/build.log"; exit 1
fi

# Seeds per harness: fuzz/seeds/KIND/ plus the test fixtures of that input kind.
seeds_of() {
  case $1 in
    fuzz_reader | fuzz_epub)
      echo fuzz/seeds/reader/* tests/read/fixtures/*.txt tests/book/data/*.txt samples/*.txt ;;
    fuzz_sidecar) echo fuzz/seeds/sidecar/* tests/read/fixtures/*.toml ;;
    fuzz_manifest) echo fuzz/seeds/manifest/* samples/*.toml ;;
    fuzz_style) echo fuzz/seeds/style/* styles/*.toml tests/style/data/*.toml \
      tests/style/data/bad/*.toml ;;
    fuzz_image) echo fuzz/seeds/image/* ;;
  esac
}
# Per harness: largest input (bytes) and dictionary.
max_len_of() {
  case $1 in
    fuzz_reader) echo 32768 ;; fuzz_epub) echo 8192 ;; fuzz_image) echo 2048 ;; *) echo 4096 ;;
  esac
}
dict_of() {
  case $1 in
    fuzz_reader | fuzz_epub) echo fuzz/text.dict ;; fuzz_image) echo fuzz/image.dict ;;
    *) echo fuzz/toml.dict ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export GALLEY_DATA_DIR=$root
failed=()
for h in "${harnesses[@]}"; do
  seeds=$build/seeds/$h corpus=$build/corpus/$h artifacts=$build/artifacts
  # The harnesses' scratch folders (fuzz/FuzzSupport.cpp): libFuzzer's child processes may end
  # without running atexit, so they go here and are removed after each harness.
  scratch=$(realpath -m "$build/tmp/$h")
  rm -rf "$seeds" "$scratch"
  mkdir -p "$seeds" "$corpus" "$artifacts" "$scratch"
  n=0
  for f in $(seeds_of "$h"); do n=$((n + 1)); cp "$f" "$seeds/$n-$(basename "$f")"; done
  log=$build/$h.log
  echo "== $h: ${seconds} s ($(find "$seeds" "$corpus" -type f | wc -l) inputs to start from)"
  # -timeout: one input may take 10 s; -rss_limit_mb/-malloc_limit_mb: 2 GB in all, 1 GB at once.
  # shellcheck disable=SC2086  # GALLEY_FUZZ_ARGS holds several flags
  if TMPDIR=$scratch "$build/fuzz/$h" -max_total_time="$seconds" -max_len="$(max_len_of "$h")" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=1024 -dict="$(dict_of "$h")" \
    -artifact_prefix="$artifacts/$h-" -print_final_stats=1 ${GALLEY_FUZZ_ARGS:-} \
    "$corpus" "$seeds" >"$log" 2>&1; then
    # The last progress line: runs, coverage, corpus size, time.
    grep -E '^#[0-9]+:?[[:space:]]' "$log" | tail -1 || true
  else
    echo "!! $h failed (log: $log):"
    grep -E -A30 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|==ERROR' "$log" |
      head -60 || tail -40 "$log"
    failed+=("$h")
  fi
  rm -rf "$scratch"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]} (inputs in $artifacts)"
  exit 1
fi
echo "fuzzing: no findings in ${harnesses[*]}"
