#!/bin/sh
# Install Debian's Chromium for the real-browser tests (test/browser/). Idempotent: does nothing
# when /usr/bin/chromium is already there. Playwright's own browser download does not work on this
# machine kind, so playwright-core drives this system Chromium (executablePath /usr/bin/chromium).
set -eu
if [ -x /usr/bin/chromium ]; then
  echo "install-browser: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-dejavu-core >/dev/null
echo "install-browser: installed $(/usr/bin/chromium --version)"
