#!/usr/bin/env bash
# Creates .venv with the pinned dependencies (CPU torch first) and the system tools the loaders use.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v antiword >/dev/null 2>&1; then
    # antiword reads old binary Word (.doc) files; without it .doc files are reported as unsupported.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        (apt-get install -y -q antiword >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q antiword >/dev/null; }) \
            || echo "Cảnh báo: không cài được antiword; tệp .doc sẽ không đọc được." >&2
    else
        echo "Cảnh báo: thiếu antiword (apt-get install antiword); tệp .doc sẽ không đọc được." >&2
    fi
fi

stamp=.venv/.installed-$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
    [ -x .venv/bin/python ] || python3.11 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0
    .venv/bin/pip install -q --disable-pip-version-check -r requirements.lock
    .venv/bin/pip install -q --disable-pip-version-check --no-deps -e '.[test]'
    rm -f .venv/.installed-* && touch "$stamp"
fi
