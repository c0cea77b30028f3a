#!/usr/bin/env bash
# Configures and builds galley in build/ (Release with debug info, warnings as errors).
# Usage: scripts/build.sh [extra cmake -D options...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${GALLEY_BUILD_DIR:-build}
cmake -S . -B "$build" -DGALLEY_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
