#!/usr/bin/env bash
# Installs DAISY Ace (@daisy/ace-cli, the EPUB accessibility checker the e2e_ace test runs) under
# tools/ace (ignored by git), with Debian's Chromium instead of Puppeteer's download
# (scripts/setup-deps.sh installs chromium). Idempotent; needs npm (installed from Debian when
# missing, as root or with sudo). The test finds tools/ace/node_modules/.bin/ace-cli itself.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.4.6
dir=tools/ace
if [ -x "$dir/node_modules/.bin/ace-cli" ] &&
   grep -q "\"version\": \"$version\"" "$dir/node_modules/@daisy/ace-cli/package.json"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "setup-ace: installing npm from Debian"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
mkdir -p "$dir"
echo "setup-ace: installing @daisy/ace-cli@$version into $dir"
PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
  "@daisy/ace-cli@$version" >/dev/null
