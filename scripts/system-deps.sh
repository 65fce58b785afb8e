#!/usr/bin/env bash
# The Debian packages the tests drive: LibreOffice (the spreadsheet application that recalculates what the
# writer wrote), xmllint (libxml2-utils, the offline manifest check), Chromium (the browser the task pane
# is tested in, driven by playwright-core), openssl (the dev server's throw-away certificate) and Carlito
# (fonts-crosextra-carlito: Calibri's metrics, which the product's sheets are laid out by and LibreOffice
# draws Calibri with), and poppler-utils (pdfinfo and pdftotext, to read the pages LibreOffice prints).
# Installed with apt-get when missing; nothing is done when they are already there.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1 && [ -x /usr/bin/chromium ] && command -v openssl >/dev/null 2>&1 && [ -f /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ] && command -v pdftotext >/dev/null 2>&1; then exit 0; fi
PACKAGES="libreoffice-calc-nogui libxml2-utils chromium openssl fonts-crosextra-carlito poppler-utils"
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need LibreOffice, xmllint, Chromium, openssl, the Carlito font and poppler-utils: run  apt-get install -y --no-install-recommends $PACKAGES  as root, then try again." >&2
  exit 1
fi
echo "Installing $PACKAGES for the tests; this takes a few minutes once." >&2
apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends $PACKAGES >/dev/null
