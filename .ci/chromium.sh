#!/usr/bin/env bash
# Headless Chromium for the web page tests (tests/web), sourced by .ci/run:
#
#   source .ci/chromium.sh && chromium_test_install    # installs Debian's chromium if missing
#
# The tests drive Debian's chromium through Playwright's Python API (never `playwright
# install`, which would download a browser build); they find it on PATH, or at
# $EVENTWIRE_CHROMIUM, and skip with a reason when there is none.

chromium_test_path() {
    local c
    for c in "${EVENTWIRE_CHROMIUM:-}" chromium chromium-browser; do
        [ -n "$c" ] && command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
    done
    return 1
}

chromium_test_install() {
    if ! chromium_test_path >/dev/null; then
        if [ "$(id -u)" != 0 ]; then
            echo "chromium.sh: chromium is not installed and this is not root; the web page tests will skip" >&2
            return 0
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    export EVENTWIRE_CHROMIUM="$(chromium_test_path)"
    echo "chromium.sh: page tests use $EVENTWIRE_CHROMIUM ($("$EVENTWIRE_CHROMIUM" --version 2>/dev/null))" >&2
}
