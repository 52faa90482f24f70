#!/usr/bin/env bash
# Creates .venv with the pinned dependencies (CPU torch first) and the system tools the loaders use.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages, installed when missing (needs root and apt-get): antiword reads old binary Word (.doc) files;
# tesseract-ocr and tesseract-ocr-vie read scanned PDFs (OCR, Vietnamese model; the orientation model comes with
# tesseract-ocr); chromium and fonts-noto-core run the web UI's browser tests (tests/ui) and render Vietnamese in them.
declare -A consequence=([antiword]="tệp .doc sẽ không đọc được"
                        [tesseract-ocr]="bản scan PDF (không có lớp chữ) sẽ không đọc được"
                        [tesseract-ocr-vie]="bản scan PDF sẽ không nhận dạng được tiếng Việt"
                        [chromium]="các kiểm thử trình duyệt (tests/ui) sẽ bị bỏ qua"
                        [fonts-noto-core]="chữ tiếng Việt trong trình duyệt có thể hiển thị sai")
missing=()
command -v antiword >/dev/null 2>&1 || missing+=(antiword)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
dpkg -s tesseract-ocr-vie >/dev/null 2>&1 || missing+=(tesseract-ocr-vie)
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
apt_install() {  # quiet; `apt-get update` at most once, and only after a first try fails
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >/dev/null 2>&1 && return
    [ -n "${apt_updated:-}" ] || { apt-get update -q >/dev/null 2>&1 || true; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >/dev/null 2>&1
}
for package in "${missing[@]}"; do
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt_install "$package" || echo "Cảnh báo: không cài được $package; ${consequence[$package]}." >&2
    else
        echo "Cảnh báo: thiếu $package (apt-get install $package); ${consequence[$package]}." >&2
    fi
done

stamp=.venv/.installed-$(cat pyproject.toml requirements.lock | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
    [ -x .venv/bin/python ] || python3.11 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check torch==2.13.0
    .venv/bin/pip install -q --disable-pip-version-check -r requirements.lock
    .venv/bin/pip install -q --disable-pip-version-check --no-deps -e '.[test]'
    rm -f .venv/.installed-* && touch "$stamp"
fi
