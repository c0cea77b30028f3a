#!/usr/bin/env bash
# Installs every Debian 12 package that galley's build, tests and checks need.
# Idempotent and quiet when everything is already present. Needs root (or sudo).
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config
  libzip-dev libtinyxml2-dev libpodofo-dev libharfbuzz-dev libfreetype-dev
  libicu-dev libhyphen-dev libfontconfig-dev libtomlplusplus-dev libcli11-dev catch2 libssl-dev
  libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libpng-dev libjpeg-dev libdeflate-dev
  # hyphenation patterns read at run time
  hyphen-en-us hyphen-de hyphen-fr hyphen-ru hyphen-el hyphen-hi hyphen-mr
  hyphen-es hyphen-it hyphen-pt-pt hyphen-pt-br hyphen-nl hyphen-sv hyphen-da hyphen-no hyphen-cs
  hyphen-sk hyphen-hu hyphen-ca hyphen-gl hyphen-hr hyphen-sl hyphen-sr hyphen-ro hyphen-lt
  hyphen-lv hyphen-uk hyphen-bg hyphen-be hyphen-id hyphen-is hyphen-af
  # (not hyphen-pl: it depends on openoffice.org-updatedicts, which brings LibreOffice)
  # the sRGB ICC profile a PDF/A-2u output intent embeds (/usr/share/color/icc/sRGB.icc, zlib)
  icc-profiles-free
  # system fonts for the scripts galley does not bundle (CJK, Ethiopic, Georgian, Thai, …)
  fonts-noto-cjk fonts-noto-core
  # external oracles used by the tests
  epubcheck default-jre-headless qpdf poppler-utils python3 clang-format
  # the man page and shell completion tests (groff renders galley.1; zsh checks _galley)
  groff-base zsh
  # the browser DAISY Ace drives (scripts/setup-ace.sh installs Ace itself)
  chromium
  # fuzzing (scripts/fuzz.sh): clang 14 with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
