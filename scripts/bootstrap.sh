#!/usr/bin/env bash
# Brings everything studygen needs onto a fresh Debian machine, idempotently:
# system packages (a Japanese font, HarfBuzz's subsetter, poppler for tests),
# a virtual environment in .venv, and the Python packages.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

need=()
# A Japanese font: without one every kanji in the PDF is tofu.
fc-list 'Noto Sans CJK JP' 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
# IPAex Mincho for the PDFs' text: 12,000 glyphs against Noto CJK's 65,535, and WeasyPrint's
# subset keeps every glyph slot up to the highest used, so each PDF is ~150 KB smaller.
fc-list IPAexMincho 2>/dev/null | grep -q . || need+=(fonts-ipaexfont-mincho)
# Without libharfbuzz-subset0 WeasyPrint falls back to fontTools: 10-20x slower on CJK fonts.
ldconfig -p | grep -q 'libharfbuzz-subset.so.0' || need+=(libharfbuzz-subset0)
# Pango is WeasyPrint's text engine.
ldconfig -p | grep -q 'libpangoft2-1.0.so.0' || need+=(libpango-1.0-0 libpangoft2-1.0-0)
# pdftotext / pdffonts / pdftoppm read PDFs back in tests and make the README picture.
command -v pdffonts >/dev/null 2>&1 || need+=(poppler-utils)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
# Debian's Chromium: the review page's tests drive it with Playwright (Playwright's own browser
# download is not reachable from here); tests/test_serve.py launches /usr/bin/chromium.
[ -x /usr/bin/chromium ] || need+=(chromium)
# ffmpeg encodes the deck's audio (--audio) to MP3; tests check the files with ffprobe.
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)

if [ ${#need[@]} -gt 0 ]; then
  echo "bootstrap: installing system packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

stamp="$VENV/.studygen-installed"
if [ ! -x "$VENV/bin/python" ]; then
  echo "bootstrap: creating $VENV"
  python3 -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "bootstrap: installing Python packages (about a minute the first time)"
  log=$(mktemp)
  # This machine's pip prints a harmless warning per package about local mirrors: show the log
  # only when pip fails.
  if ! { "$VENV/bin/python" -m pip install -q --upgrade pip &&
         "$VENV/bin/python" -m pip install -q -e '.[test]'; } >"$log" 2>&1; then
    grep -v 'is ignored: it is neither' "$log" >&2
    echo "bootstrap: pip install failed (log above)" >&2
    exit 1
  fi
  rm -f "$log"
  "$VENV/bin/python" -c "import studygen, fugashi, jamdict_data, weasyprint, genanki, anki, ja_ginza, starlette, uvicorn, playwright"
  # pyopenjtalk prints a notice about ONNX Runtime when imported: look it up without importing.
  "$VENV/bin/python" -c "import importlib.util as u; assert u.find_spec('pyopenjtalk'), 'pyopenjtalk-plus missing'"
  touch "$stamp"
fi
