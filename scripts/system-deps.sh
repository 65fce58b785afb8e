#!/usr/bin/env bash
# The Debian packages the tests drive: LibreOffice (the spreadsheet application that recalculates what the
# writer wrote) and xmllint (libxml2-utils, the offline manifest check). Installed with apt-get when missing;
# nothing is done when they are already there.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need LibreOffice and xmllint: run  apt-get install -y --no-install-recommends libreoffice-calc-nogui libxml2-utils  as root, then try again." >&2
  exit 1
fi
echo "Installing LibreOffice (libreoffice-calc-nogui) and xmllint (libxml2-utils) for the tests; this takes a few minutes once." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends libreoffice-calc-nogui libxml2-utils >/dev/null
