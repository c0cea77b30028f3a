#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds galley, and converts every article of
# samples/ to EPUB and PDF in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh
build=${GALLEY_BUILD_DIR:-build}
mkdir -p out
status=0
for article in samples/*.txt samples/*.md; do
  name=$(basename "$article"); name=${name%.*}
  [ "$name" = SOURCES ] && continue  # the samples' sources and licences, not an article
  if "$build/galley" convert "$article" -o "out/$name.epub" -o "out/$name.pdf" -q; then
    echo "out/$name.epub  out/$name.pdf"
  else
    status=1
  fi
done
# The same articles as one book (samples/book.toml): EPUB and PDF.
if "$build/galley" book samples/book.toml -o out/book.epub -o out/book.pdf -q; then
  echo "out/book.epub  out/book.pdf"
else
  status=1
fi
exit $status
