#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz with clang (build dir build-fuzz) and runs each for
# DURATION seconds (default 60). Fails on any crash, sanitizer finding (ASan, UBSan, leak), broken
# check, timeout (10 s per input) or running out of memory.
#   scripts/fuzz.sh [DURATION]
# Every target starts from its seeds (tests/fuzz/corpus/<name>/) and the crashes found earlier
# (tests/fuzz/regressions/<name>/); what it learns is kept in build-fuzz/corpus/<name>/ for the
# next run. A crashing input is written to build-fuzz/artifacts/<name>/.
# FUZZ_TARGETS="capflowformat" limits the run to some targets. FUZZ_SEED=N makes a run
# reproducible (CI uses it): libFuzzer's random seed is N and every target starts from the seeds
# and regressions alone, in a fresh build-fuzz/corpus-seed-N/<name>/, so the same code meets the
# same inputs on every machine (a slower one runs a prefix of them). Dependencies:
# scripts/install-deps.sh --sanitize
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-60}
if ! [[ "$duration" =~ ^[0-9]+$ ]] || [ "$duration" -lt 1 ]; then
  echo "usage: $0 [DURATION in seconds, default 60]" >&2
  exit 2
fi
seed=${FUZZ_SEED:-}
if [ -n "$seed" ] && ! [[ "$seed" =~ ^[1-9][0-9]*$ ]]; then
  echo "error: FUZZ_SEED must be a positive integer, not '$seed'" >&2
  exit 2
fi
cxx=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$cxx" ]; then
  echo "error: libFuzzer needs clang; run scripts/install-deps.sh --sanitize" >&2
  exit 2
fi
targets=${FUZZ_TARGETS:-"capflowformat dealcsv tableimport importfile"}
jobs=${JOBS:-$(nproc)}
build_dir=build-fuzz
root=$(pwd)

start=$(date +%s)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$cxx" -DCAPFLOW_FUZZ=ON -DBUILD_TESTING=OFF
build_targets=()
for t in $targets; do build_targets+=("fuzz_$t"); done
nice -n 10 cmake --build "$build_dir" -j "$jobs" --target "${build_targets[@]}"
echo "fuzz.sh: build took $(($(date +%s) - start)) s"

symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
common="halt_on_error=1:print_summary=1${symbolizer:+:external_symbolizer_path=$symbolizer}"
export ASAN_OPTIONS="$common:detect_leaks=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="$common:print_stacktrace=1"
status=0
failed=()
for t in $targets; do
  corpus=$build_dir/corpus/$t
  seed_options=()
  if [ -n "$seed" ]; then
    corpus=$build_dir/corpus-seed-$seed/$t
    rm -rf "$corpus"
    seed_options=(-seed="$seed")
  fi
  artifacts=$build_dir/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  inputs=("$corpus" "tests/fuzz/corpus/$t")
  if [ -d "tests/fuzz/regressions/$t" ]; then
    inputs+=("tests/fuzz/regressions/$t")
  fi
  echo "fuzz.sh: fuzz_$t for $duration s${seed:+ (seed $seed)}"
  rc=0
  nice -n 10 "$build_dir/tests/fuzz/fuzz_$t" \
    -max_total_time="$duration" "${seed_options[@]}" -timeout=10 -rss_limit_mb=2048 \
    -dict="tests/fuzz/$t.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "${inputs[@]}" || rc=$?
  if [ "$rc" != 0 ]; then
    status=1
    failed+=("fuzz_$t")
    echo "error: fuzz_$t failed (exit status $rc); the input is in $artifacts/:" >&2
    ls -l "$artifacts" >&2 || true
    echo "  reproduce: $build_dir/tests/fuzz/fuzz_$t $artifacts/<file>" >&2
    echo "  keep it as a regression: cp $artifacts/<file> tests/fuzz/regressions/$t/" >&2
  fi
done
echo "fuzz.sh: done after $(($(date +%s) - start)) s${failed:+; failed: ${failed[*]}}"
exit $status
