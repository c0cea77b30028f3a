#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds galley with its tests, and runs the whole test
# suite (Catch2 unit tests and end-to-end tests with epubcheck, qpdf and poppler).
# Extra arguments go to cmake (e.g. -DGALLEY_SANITIZE=ON); GALLEY_BUILD_DIR picks the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/setup-ace.sh || echo "setup-ace: DAISY Ace not installed; the e2e_ace test will be skipped"
scripts/build.sh "$@"
build=${GALLEY_BUILD_DIR:-build}
cd "$build"
ctest -j"$(nproc)" --output-on-failure ${GALLEY_CTEST_ARGS:-}
